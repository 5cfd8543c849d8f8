# readline in scalar context: one line at a time, undef at the end.
open my $w, '>', 'r.txt' or die; print $w "one\ntwo\n\nfour"; close $w;
open my $fh, '<', 'r.txt' or die;
while (my $line = <$fh>) {
  chomp(my $c = $line);
  print "$.: [$c] ", (substr($line, -1) eq "\n" ? 'nl' : 'no-nl'), "\n";
}
my $after = <$fh>;
print "after end: ", (defined $after ? 'defined' : 'undef'), "\n";
close $fh;
open $fh, '<', 'r.txt' or die;
my $x = readline $fh;
my $y = readline($fh);
print "x=$x", "y=$y";
while (<$fh>) { last if /^$/ }
print "stopped at line $.\n";
print "rest: ", scalar(<$fh>), "\n";
