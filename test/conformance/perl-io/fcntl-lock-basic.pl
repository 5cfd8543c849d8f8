# fcntl record locks between two processes: F_GETLK names the holder, F_SETLK refuses a conflict.
use strict; use warnings;
use Fcntl qw(:DEFAULT :seek);
my $FL = 's s x4 q q i x4';   # struct flock on x86_64 Linux
sub lk { pack($FL, @_, 0) }
open my $fh, '+>', 'data.bin' or die "open: $!";
print $fh "x" x 100; $fh->flush;
my $l = pack('s s l l i', F_WRLCK, SEEK_SET, 0, 0, 0);
print "arg length before: ", length($l), "\n";
my $r = fcntl($fh, F_SETLK, $l);
print "setlk whole file: ", (defined $r ? $r : "undef $!"), "; arg length after: ", length($l), "\n";
fcntl($fh, F_SETLK, lk(F_UNLCK, SEEK_SET, 0, 0)) or die "unlock: $!";
fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 10, 10)) or die "lock 10-19: $!";
fcntl($fh, F_SETLK, lk(F_RDLCK, SEEK_SET, 40, 0)) or die "lock 40-: $!";
my $parent = $$;
pipe my $rd, my $wr or die;
my $pid = fork // die "fork: $!";
if ($pid == 0) {
  close $rd;
  for my $q ([F_RDLCK, 0, 10], [F_RDLCK, 5, 10], [F_WRLCK, 15, 1], [F_RDLCK, 20, 5], [F_RDLCK, 50, 5], [F_WRLCK, 50, 5], [F_WRLCK, 0, 0]) {
    my $s = lk($q->[0], SEEK_SET, $q->[1], $q->[2]);
    fcntl($fh, F_GETLK, $s) or die "getlk: $!";
    my ($t, $w, $st, $len, $p) = unpack($FL, $s);
    my $who = $t == F_UNLCK ? "free" : "held by " . ($p == $parent ? "parent" : "pid $p");
    print "child getlk type=$q->[0] start=$q->[1] len=$q->[2]: type=$t whence=$w start=$st len=$len $who\n";
  }
  for my $q ([F_RDLCK, 0, 10], [F_RDLCK, 12, 1], [F_WRLCK, 20, 20], [F_RDLCK, 60, 0], [F_WRLCK, 60, 0]) {
    my $ok = fcntl($fh, F_SETLK, lk($q->[0], SEEK_SET, $q->[1], $q->[2]));
    print "child setlk type=$q->[0] start=$q->[1] len=$q->[2]: ", ($ok ? "ok" : "failed: " . ($!+0) . " $!"), "\n";
  }
  # A child unlocking a range it never locked leaves the parent's locks alone.
  fcntl($fh, F_SETLK, lk(F_UNLCK, SEEK_SET, 0, 0)) or die;
  print $wr "done\n"; close $wr;
  exit 0;
}
close $wr;
<$rd>;
waitpid $pid, 0;
my $s = lk(F_WRLCK, SEEK_SET, 0, 0);
if (fork == 0) {
  fcntl($fh, F_GETLK, $s) or die;
  my ($t, $w, $st, $len, $p) = unpack($FL, $s);
  print "after child unlocked everything: type=$t start=$st len=$len ", ($p == $parent ? "parent" : "other"), "\n";
  exit 0;
}
wait;
