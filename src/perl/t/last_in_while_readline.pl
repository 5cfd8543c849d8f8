my $data = "a\nb\nSTOP\nc\n";
open(my $fh, '<', \$data) or die;
while (my $l = <$fh>) {
  chomp $l;
  last if $l eq 'STOP';
  print "$l\n";
}
print "stopped at line $.\n";
