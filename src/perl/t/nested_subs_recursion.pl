sub fib { my $n = shift; $n < 2 ? $n : fib($n - 1) + fib($n - 2) }
print join(",", map { fib($_) } 0..10), "\n";
my $fact;
$fact = sub { my $n = shift; $n <= 1 ? 1 : $n * $fact->($n - 1) };
print $fact->(6), "\n";
sub hanoi { my ($n, $f, $t, $v, $m) = @_; return 0 if $n == 0; return hanoi($n-1, $f, $v, $t) + 1 + hanoi($n-1, $v, $t, $f) }
print hanoi(5, 'A', 'C', 'B'), "\n";
