my $file = "/tmp/perl_t_fh_scope.txt";
{
  open(my $fh, '>', $file) or die;
  print $fh "buffered data\n";
}
open(my $in, '<', $file) or die;
print "read back: ", <$in>;
close $in;
unlink $file;
