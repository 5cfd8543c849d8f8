my $a1 = 1;
my $b1 = $a1 $a1;
