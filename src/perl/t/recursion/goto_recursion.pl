use warnings;
sub count { my ($n, $acc) = @_; return $acc unless $n; @_ = ($n - 1, $acc + 1); goto &count }
print count(200000, 0), "\n";
sub deep { my $n = shift; return $n if $n >= 120000; deep($n + 1) }
print deep(0), "\n";
