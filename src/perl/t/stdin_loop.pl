my $total = 0;
while (<STDIN>) {
  chomp;
  next unless /\d/;
  $total += $_;
  print "got $_\n";
}
print "total $total\n";
