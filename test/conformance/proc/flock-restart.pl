# SA_RESTART re-issues a flock waiting for a lock; a %SIG handler makes it fail with EINTR.
use strict; use warnings; use POSIX (); use Fcntl ':flock';
$| = 1;
open my $h, '>', 'l.lock' or die;
flock $h, LOCK_EX or die;
my $pid = fork // die;
if ($pid == 0) {
  close $h;
  POSIX::sigaction(POSIX::SIGALRM(), POSIX::SigAction->new(sub { print "child handler\n" }, POSIX::SigSet->new, POSIX::SA_RESTART())) or die;
  open my $c, '>', 'l.lock' or die;
  alarm 1;
  print flock($c, LOCK_EX) ? "locked after restart\n" : "flock: $!\n";
  $SIG{ALRM} = sub { print "plain handler\n" };
  flock $c, LOCK_UN;
  exit 0;
}
sleep 2;
close $h;
waitpid $pid, 0;
open $h, '>', 'l.lock' or die;
flock $h, LOCK_EX or die;
$pid = fork // die;
if ($pid == 0) {
  close $h;
  $SIG{ALRM} = sub { print "plain handler\n" };
  open my $c, '>', 'l.lock' or die;
  alarm 1;
  print flock($c, LOCK_EX) ? "locked\n" : "flock: $!\n";
  exit 0;
}
waitpid $pid, 0;
