my @amounts = (1234.5, 0.333, 1e6, -42);
for my $a (@amounts) {
  my $s = sprintf("%.2f", $a);
  1 while $s =~ s/^(-?\d+)(\d{3})/$1,$2/;
  print "$s\n";
}
