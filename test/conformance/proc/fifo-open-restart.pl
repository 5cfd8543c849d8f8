# With SA_RESTART, an open waiting on a FIFO goes on waiting after the signal's handler.
use strict; use warnings; use POSIX ();
system("mkfifo", "p") == 0 or die "mkfifo failed";
$| = 1;
POSIX::sigaction(POSIX::SIGALRM(), POSIX::SigAction->new(sub { print "restart handler\n" }, POSIX::SigSet->new, POSIX::SA_RESTART())) or die;
my $pid = fork // die;
if ($pid == 0) { sleep 2; open my $w, '>', 'p' or die; print $w "from child\n"; close $w; exit 0 }
alarm 1;
if (open my $fh, '<', 'p') { print "opened after restart: ", scalar(<$fh>) } else { print "open: $!\n" }
waitpid $pid, 0;
