my %h = map { $_ => $_ ** 2 } 1..5;
print scalar(keys %h), "\n";
my $total = 0;
$total += $h{$_} for keys %h;
print "$total\n";
