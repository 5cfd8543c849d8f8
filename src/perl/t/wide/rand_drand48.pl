# rand and srand are perl's drand48; List::Util::shuffle uses the same generator.
use List::Util qw(shuffle);
for my $s (0, 1, 42, 123456789, 4294967295, 4294967296 + 7) {
  my $r = srand($s);
  printf "%s %.15f %d\n", $r, rand(), int(rand(100));
}
srand(99); print join(",", shuffle('a' .. 'j')), "\n";
print join(" ", map { int rand 10 } 1 .. 20), "\n";
srand(7); printf "%.17g\n", rand for 1 .. 3;
srand(42); print rand(), "\n", rand(10), "\n";
srand("3.9"); print rand(), "\n";
