use warnings;
my $s = "ab" x -1;
my @l = (1) x -2;
print "[$s] [@l]\n";
