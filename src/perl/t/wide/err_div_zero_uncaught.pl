print "before\n";
my $z = 0;
my $x = 10 / $z;
print "after\n";
