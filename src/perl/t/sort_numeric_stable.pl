my @recs = map { { n => $_, k => $_ % 3 } } 1..9;
print join(" ", map { $_->{n} } sort { $a->{k} <=> $b->{k} } @recs), "\n";
