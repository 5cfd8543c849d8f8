my $data = "x 1\ny 2\nz 3\n";
open my $fh, '<', \$data or die;
my %h;
while (<$fh>) {
  chomp;
  my ($k, $v) = split;
  $h{$k} = $v;
}
print join(";", map { "$_=$h{$_}" } sort keys %h), "\n";
print "lines: $.\n";
