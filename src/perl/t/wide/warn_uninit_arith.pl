use warnings;
my ($x, $y);
my $a1 = $x + 1;
my $b1 = 2 * $y;
my $c1 = $x - $y;
my $d1 = -$x;
print "$a1 $b1 $c1 $d1\n";
