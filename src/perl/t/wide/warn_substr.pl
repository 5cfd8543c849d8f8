use warnings;
my $s = "abc";
my $x = substr($s, 5);
print defined $x ? "def\n" : "undef\n";
my $y = substr($s, 1, 10);
print "$y\n";
my $r = eval { substr($s, 7, 1) = "x"; 1 };
print "err: $@";
