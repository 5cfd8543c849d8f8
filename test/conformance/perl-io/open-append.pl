# '>>' appends, creating the file when missing.
for my $i (1 .. 3) {
  open my $a, '>>', 'log.txt' or die;
  print $a "entry $i\n";
  close $a;
}
open my $r, '<', 'log.txt' or die;
print <$r>;
close $r;
open my $a, '>>', 'log.txt' or die;
print "tell after append open: ", tell($a), "\n";
print $a "more\n";
print "tell after print: ", tell($a), "\n";
close $a;
print "size: ", -s 'log.txt', "\n";
