my @a = (1..5);
my @r = reverse @a;
print "@r\n";
print "wantarray join: ", join("+", @a), "=", eval { my $s = 0; $s += $_ for @a; $s }, "\n";
my @sorted = sort { $a <=> $b } (5, 2, 8, 1);
print "@sorted\n";
my @u = do { my %s; grep { !$s{$_}++ } (1, 2, 2, 3, 1) };
print "@u\n";
print "exists\n" if grep { $_ == 3 } @a;
my $idx = -1;
for my $i (0..$#a) { if ($a[$i] == 4) { $idx = $i; last } }
print "$idx\n";
my @b = @a;
$b[0] = 99;
print "$a[0] $b[0]\n";
@a = ();
print scalar(@a), "\n";
