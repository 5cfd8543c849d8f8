# A caught signal interrupts an open waiting on a FIFO (perl's handlers have no SA_RESTART).
use strict; use warnings;
system("mkfifo", "p") == 0 or die "mkfifo failed";
$| = 1;
$SIG{ALRM} = sub { print "alarm handler\n" };
alarm 1;
if (open my $fh, '<', 'p') { print "opened\n" } else { print "open: $!\n" }
# the reader that gave up no longer counts: a non-blocking writer finds none
use Fcntl;
if (sysopen my $w, 'p', O_WRONLY | O_NONBLOCK) { print "writer opened\n" } else { print "writer: $!\n" }
