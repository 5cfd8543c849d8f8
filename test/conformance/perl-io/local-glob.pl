# Bareword handles in subs, local *FH, handles in data structures.
sub writer {
  local *FH;
  open FH, '>', $_[0] or die;
  print FH "written by sub\n";
  close FH;
}
open FH, '<', 'local-glob.pl' or die;
writer('w.txt');
print "outer FH still open: ", (defined fileno(FH) ? 'yes' : 'no'), "\n";
print "first line: ", scalar(<FH>);
close FH;
my %h;
open $h{out}, '>', 'h.txt' or die;
print { $h{out} } "in hash\n";
close $h{out};
my @fhs;
open $fhs[0], '<', 'h.txt' or die;
my $fh = $fhs[0];
print "array: ", scalar(<$fh>);
open my $rf, '<', 'w.txt';
print "w: ", <$rf>;
