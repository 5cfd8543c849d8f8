my @a = qw(a b c);
while (my ($i, $v) = each @a) { print "$i=$v " }
print "\n";
print exists $a[1] ? 1 : 0, exists $a[5] ? 1 : 0, "\n";
delete $a[2];
print scalar(@a), "\n";
delete $a[0];
print scalar(@a), " ", defined $a[0] ? "def" : "undef", "\n";
print join(",", keys @a), " ", join(",", map { $_ // 'u' } values @a), "\n";
my @b = (1..5);
$#b = 2;
print "@b\n";
$#b = -1;
print scalar(@b), "\n";
my @c;
$c[5] = 1;
print scalar(@c), " ", exists $c[2] ? 1 : 0, "\n";
