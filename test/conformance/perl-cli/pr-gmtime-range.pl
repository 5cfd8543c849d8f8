# gmtime far from now: before 1970, past 2038, strings and fractions as arguments.
for my $t (-2**31, -1, 0.999, "86400", "1e9", 2**31 - 1, 2**32, 2**40, 253402300799, -62135596800) {
  my @g = gmtime($t);
  print "$t: ", scalar(gmtime($t)), " | @g\n";
}
