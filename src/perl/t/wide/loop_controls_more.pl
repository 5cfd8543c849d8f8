my @out;
for my $i (1..10) {
    next if $i % 2;
    last if $i > 8;
    push @out, $i;
}
print "@out\n";
my $j = 0;
do { $j++ } while ($j < 5);
print "$j\n";
$j = 10;
do { $j++ } until $j > 3;
print "$j\n";
my $k = 0;
$k++ until $k >= 4;
print "$k\n";
my @stack = (1..3);
print pop(@stack), " " while @stack;
print "\n";
for (my ($x, $y) = (0, 10); $x < $y; $x += 3, $y -= 3) { print "$x-$y " }
print "\n";
my $c = 0;
while (1) { last if ++$c == 3 } continue { print "cont $c\n" }
print "c=$c\n";
