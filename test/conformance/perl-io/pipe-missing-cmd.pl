# A list-form pipe whose program does not exist.
my $r = open(my $p, '-|', 'no-such-program-xyz', 'arg');
print "open: ", (defined $r ? ($r ? 'true' : 'false') : 'undef'), "\n";
print "errno: $!\n";
my $s = open(my $q, '-|', 'no-such-program-xyz arg 2>&1');
my @out = $s ? <$q> : ();
close $q if $s;
print "shell form open: ", ($s ? 'true' : 'false'), " status: ", $? >> 8, "\n";
print "shell said: ", (join('', @out) =~ /not found/ ? 'not found' : 'something else'), "\n";
