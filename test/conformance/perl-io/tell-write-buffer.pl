# tell counts buffered output; seek on a write handle flushes it first.
open my $fh, '>', 'w.txt' or die;
print $fh "12345";
print "tell with buffered data: ", tell($fh), " on disk: ", -s 'w.txt', "\n";
seek $fh, 0, 0;
print "after seek on disk: ", -s 'w.txt', "\n";
print $fh "ab";
print "tell after overwrite: ", tell($fh), "\n";
close $fh;
open $fh, '<', 'w.txt' or die; print "content: ", <$fh>, "\n"; close $fh;
open $fh, '+<', 'w.txt' or die;
my $c = getc $fh;
print $fh "Z";
seek $fh, 0, 0;
print "after getc+print: ", <$fh>, "\n";
