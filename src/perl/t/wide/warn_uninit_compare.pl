use warnings;
my $x;
print "eq\n" if $x == 0;
print "seq\n" if $x eq "";
print "lt\n" if $x < 1;
print "cmp ", ($x cmp "a"), "\n";
print "spaceship ", ($x <=> 1), "\n";
