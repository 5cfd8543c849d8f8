use warnings;
sub g { my $n = shift; $n ? 1 + g($n - 1) : 0 }
print g(100000), "\n";
