for my $n (-1, 0, 1) {
  my $s = $n < 0 ? "neg" : $n == 0 ? "zero" : "pos";
  print "$s ";
}
print "\n";
my $x = 5;
my $r = ($x > 3) ? ($x > 4 ? "big" : "mid") : "small";
print "$r\n";
