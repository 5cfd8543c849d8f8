our $depth = 0;
sub walk { my $n = shift; local $depth = $depth + 1; return $depth if $n == 0; return walk($n - 1) }
print walk(4), " $depth\n";
