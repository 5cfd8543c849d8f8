my @parts = map { sprintf("[%s]", $_) } qw(a b c);
print "@parts\n";
my $s = sprintf "%s-%s", "x", "y";
print "$s\n";
print sprintf("%.0f %.0f %.0f", 0.5, 1.5, 2.5), "\n";
print sprintf("%d items", 3.99), "\n";
print sprintf("%5.2f|%-8.3e|", 3.14159, 31415.9), "\n";
