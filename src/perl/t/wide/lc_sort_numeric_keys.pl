my %h = map { $_ => $_ ** 2 } 1..12;
print join(",", sort keys %h), "\n";
print join(",", sort { $a <=> $b } keys %h), "\n";
print join(",", map { $h{$_} } grep { $_ % 5 == 0 } sort { $a <=> $b } keys %h), "\n";
