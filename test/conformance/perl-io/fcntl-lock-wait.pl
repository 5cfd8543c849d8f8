# F_SETLKW waits for the holder; a simple cycle of waiters gets EDEADLK; a signal interrupts the wait.
use strict; use warnings;
use Fcntl qw(:DEFAULT :seek);
my $FL = 's s x4 q q i x4';
sub lk { pack($FL, @_, 0) }
$| = 1;
open my $fh, '+>', 'w.bin' or die;
fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 0, 1)) or die "lock byte 0: $!";
pipe my $rd, my $wr or die;
my $pid = fork // die;
if ($pid == 0) {
  close $rd;
  fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 1, 1)) or die "child lock byte 1: $!";
  print $wr "ready\n"; close $wr;
  print "child: waiting for byte 0\n";
  my $ok = fcntl($fh, F_SETLKW, lk(F_WRLCK, SEEK_SET, 0, 1));
  print "child: byte 0 ", ($ok ? "acquired" : "failed ($!)"), "\n";
  exit 0;
}
close $wr;
<$rd>;
sleep 1;
my $ok = fcntl($fh, F_SETLKW, lk(F_WRLCK, SEEK_SET, 1, 1));
print "parent: byte 1 ", ($ok ? "acquired" : "failed: " . ($!+0) . " $!"), "\n";
print "parent: releasing byte 0\n";
fcntl($fh, F_SETLK, lk(F_UNLCK, SEEK_SET, 0, 1)) or die;
waitpid $pid, 0;
print "child exited; byte 1 now: ", (fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 1, 1)) ? "acquired" : "failed ($!)"), "\n";
# Interrupted wait.
$pid = fork // die;
if ($pid == 0) {
  open my $h, '+<', 'w.bin' or die;
  local $SIG{ALRM} = sub { print "child: alarm\n" };
  alarm 1;
  my $r = fcntl($h, F_SETLKW, lk(F_RDLCK, SEEK_SET, 0, 0));
  print "child: setlkw ", (defined $r ? "ok" : "failed: " . ($!+0) . " $!"), "\n";
  exit 0;
}
waitpid $pid, 0;
# Exit releases the locks: a child that exits holding a lock frees it.
$pid = fork // die;
if ($pid == 0) {
  open my $h, '+<', 'w.bin' or die;
  fcntl($h, F_SETLK, lk(F_UNLCK, SEEK_SET, 0, 0));
  exit 0;
}
waitpid $pid, 0;
close $fh;
$pid = fork // die;
if ($pid == 0) {
  open my $h, '+<', 'w.bin' or die;
  fcntl($h, F_SETLK, lk(F_WRLCK, SEEK_SET, 0, 0)) or die;
  print "child 3: holds the file, exiting\n";
  exit 0;
}
waitpid $pid, 0;
open $fh, '+<', 'w.bin' or die;
print "parent after child 3 exit: ", (fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 0, 0)) ? "acquired" : "failed ($!)"), "\n";
