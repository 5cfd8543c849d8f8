use warnings;
my $depth = 0;
sub down { my $n = shift; $depth++; return $n == 0 ? 0 : 1 + down($n - 1) }
print down(150), "\n";
print down(50), "\n";
