use warnings;
my @s = sort { $a <=> $b } ("10", "x", "2");
print "@s\n";
my $n = "5 apples" == 5 ? "eq" : "ne";
print "$n\n";
