for (qw(Apple BANANA)) { print lc, " ", length, "\n" }
$_ = "  x  ";
print "[", length, "]\n";
my @l = map { uc } qw(a b);
print "@l\n";
