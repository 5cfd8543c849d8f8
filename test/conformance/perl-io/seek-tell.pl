# seek with whence 0, 1, 2 and tell.
open my $w, '>', 'f.txt' or die; print $w "0123456789abcdef"; close $w;
open my $fh, '<', 'f.txt' or die;
print "start: ", tell($fh), "\n";
read $fh, my $b, 4; print "read [$b] tell: ", tell($fh), "\n";
seek $fh, 2, 1; read $fh, $b, 2; print "cur+2 [$b] tell: ", tell($fh), "\n";
seek $fh, -3, 2; read $fh, $b, 10; print "end-3 [$b] tell: ", tell($fh), "\n";
print "seek returns: ", seek($fh, 5, 0), "\n";
print "line from 5: ", scalar(<$fh>), "\n";
print "seek past end: ", seek($fh, 100, 0), " tell: ", tell($fh), "\n";
print "read there: ", read($fh, $b, 5), "\n";
my $neg = seek($fh, -100, 0);
print "negative: ", ($neg ? 1 : 0), " [$!]\n";
use Fcntl qw(SEEK_SET SEEK_CUR SEEK_END);
seek $fh, 0, SEEK_END; print "SEEK_END tell: ", tell($fh), "\n";
close $fh;
print "closed tell: ", tell($fh), "\n";
print "sysseek: ", do { open my $s, '<', 'f.txt'; sysseek($s, 0, 0) . '/' . sysseek($s, 4, 0) }, "\n";
