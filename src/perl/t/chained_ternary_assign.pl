my %h;
$h{$_} = $_ % 2 ? 'odd' : 'even' for 1..4;
print join(",", map { "$_:$h{$_}" } sort keys %h), "\n";
my $max = 0;
$max = $_ > $max ? $_ : $max for (3, 9, 4);
print "$max\n";
