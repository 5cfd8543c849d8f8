my @rows = (['Name', 'Qty', 'Price'], ['apple', 3, 1.5], ['banana', 12, 0.25]);
for my $r (@rows) { printf "%-8s %5s %8s\n", @$r; }
printf "%-8s %5d %8.2f\n", 'total', 15, 7.5;
