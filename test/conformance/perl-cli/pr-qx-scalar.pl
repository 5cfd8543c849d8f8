# Backticks in scalar context: the whole output; $? is the status.
my $out = `printf 'a\nb\n'; exit 4`;
print "out=[", $out =~ s/\n/|/gr, "] code=", $? >> 8, "\n";
my $v = "world";
print qx{echo hello $v};
print qx'echo $((1+2))';
my $empty = `true`; print "empty: [", $empty, "] defined ", (defined $empty ? 1 : 0), "\n";
