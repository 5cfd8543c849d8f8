# glob in scalar context iterates, then returns undef once.
for (qw(one.txt two.txt three.txt)) { open my $w, '>', $_ or die; close $w }
while (my $f = <*.txt>) { print "file: $f\n" }
my $n = 0;
while (glob '*.txt') { $n++ }
print "count via \$_: $n\n";
for my $round (1 .. 2) {
  my @seen;
  while (defined(my $x = glob('t*.txt'))) { push @seen, $x }
  print "round $round: @seen\n";
}
