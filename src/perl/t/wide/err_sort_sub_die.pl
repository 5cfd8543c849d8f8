my @r = eval { sort { die "in sort\n" } 3, 2, 1 };
print "E: $@";
my @s = sort { $a <=> $b } 3, 2, 1;
print "@s\n";
