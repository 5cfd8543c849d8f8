use List::Util qw(sum max min first reduce);
print sum(1..10), " ", max(3, 9, 2), " ", min(3, 9, 2), "\n";
my $f = first { $_ > 3 } (1, 5, 2, 7);
print "$f\n";
my $p = reduce { $a * $b } 1..5;
print "$p\n";
