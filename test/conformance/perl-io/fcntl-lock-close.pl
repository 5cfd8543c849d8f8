# The famous pitfall: closing ANY descriptor of a file drops all the process's fcntl locks on it.
# Locks are not inherited by fork, and flock and fcntl locks do not see each other.
use strict; use warnings;
use Fcntl qw(:DEFAULT :flock :seek);
my $FL = 's s x4 q q i x4';
sub lk { pack($FL, @_, 0) }
sub probe {
  my ($what) = @_;
  my $parent = $$;
  my $pid = fork // die;
  if ($pid == 0) {
    open my $h, '+<', 'pid.lock' or die;
    my $s = lk(F_WRLCK, SEEK_SET, 0, 0);
    fcntl($h, F_GETLK, $s) or die "getlk: $!";
    my ($t, undef, undef, undef, $p) = unpack($FL, $s);
    print "$what: ", ($t == F_UNLCK ? "free" : ($t == F_WRLCK ? "write" : "read") . " lock held by " . ($p == $parent ? "parent" : "someone else")), "\n";
    exit 0;
  }
  waitpid $pid, 0;
}
open my $fh, '>', 'pid.lock' or die;
fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 0, 0)) or die "lock: $!";
probe("locked");
open my $other, '<', 'pid.lock' or die;
probe("second handle opened");
close $other;
probe("second handle closed");
fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 0, 0)) or die "relock: $!";
probe("relocked");
# A forked child does not hold the parent's lock, but its descriptor is the same open file.
my $pid = fork // die;
if ($pid == 0) {
  my $ok = fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 0, 0));
  print "child locks the inherited handle: ", ($ok ? "ok" : "failed ($!)"), "\n";
  close $fh;
  exit 0;
}
waitpid $pid, 0;
probe("child closed its copy");
# flock on the same file is independent of the fcntl lock.
open my $fl, '<', 'pid.lock' or die;
print "flock while fcntl-locked: ", (flock($fl, LOCK_EX | LOCK_NB) ? "ok" : "failed ($!)"), "\n";
$pid = fork // die;
if ($pid == 0) {
  open my $h, '+<', 'pid.lock' or die;
  print "child flock: ", (flock($h, LOCK_EX | LOCK_NB) ? "ok" : "failed ($!)"), "\n";
  print "child fcntl read lock: ", (fcntl($h, F_SETLK, lk(F_RDLCK, SEEK_SET, 0, 0)) ? "ok" : "failed ($!)"), "\n";
  exit 0;
}
waitpid $pid, 0;
close $fl;
probe("flock handle closed");
