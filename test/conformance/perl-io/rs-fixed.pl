# $/ = \N reads fixed-size records.
open my $w, '>', 'f.txt' or die; print $w "abcdefghij\nklm"; close $w;
open my $fh, '<', 'f.txt' or die;
{ local $/ = \4; my @r = <$fh>; print scalar(@r), " records: ", join('|', map { s/\n/\\n/r } @r), "\n"; }
close $fh;
open $w, '>', 'big.txt' or die; print $w "x" x 10000; close $w;
open $fh, '<', 'big.txt' or die;
{
  local $/ = \4096;
  my @len;
  while (my $r = <$fh>) { push @len, length $r }
  print "4096 records: @len\n";
  print "\$.: $.\n";
}
close $fh;
open $fh, '<', 'f.txt' or die;
{ local $/ = \"3"; my $r = <$fh>; print "string ref: $r\n"; }
close $fh;
