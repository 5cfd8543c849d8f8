while (my $line = <DATA>) {
  chomp $line;
  next unless $line;
  my ($k, $v) = split /:/, $line;
  print "$k => $v\n";
}
__DATA__
name:perl
version:5

kind:language
