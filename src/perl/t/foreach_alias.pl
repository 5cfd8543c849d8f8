my @a = (1, 2, 3);
$_ *= 2 for @a;
print "@a\n";
for my $x (@a) { $x += 1 }
print "@a\n";
my @b = map { $_ + 1 } @a;
print "@a | @b\n";
s/^/n/ for @a;
print "@a\n";
my $i = 0;
for (my $j = 0; $j < 3; $j++) { $i += $j }
print "$i\n";
for my $k (reverse 1..3) { print $k }
print "\n";
