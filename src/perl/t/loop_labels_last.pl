my @m = ([1, 2, 3], [4, 5, 6], [7, 8, 9]);
ROW: for my $row (@m) {
  for my $v (@$row) {
    next ROW if $v == 5;
    last ROW if $v == 8;
    print $v;
  }
}
print "\n";
