use warnings;
sub down { my $n = shift; die "bottom at $n\n" unless $n; down($n - 1) }
for my $round (1, 2) {
  eval { down(150) };
  print "round $round: $@";
}
sub up { my $n = shift; $n ? 1 + up($n - 1) : 0 }
print up(99), "\n";
print up(100), "\n";
