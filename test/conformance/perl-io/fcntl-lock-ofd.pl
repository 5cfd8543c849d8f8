# Open file description locks (F_OFD_SETLK = 37, F_OFD_GETLK = 36; Fcntl does not export them):
# owned by the open file, shared by dup and fork, released only by the last close.
use strict; use warnings;
use Fcntl qw(:DEFAULT :seek);
use constant { F_OFD_GETLK => 36, F_OFD_SETLK => 37, F_OFD_SETLKW => 38 };
my $FL = 's s x4 q q i x4';
sub lk { pack($FL, @_) }
sub try { my ($what, $fh, $cmd, $s) = @_; print "$what: ", (fcntl($fh, $cmd, $s) ? "ok" : "failed ($!)"), "\n"; }
open my $a, '+>', 'ofd.bin' or die; print $a "x" x 100; $a->flush;
open my $b, '+<', 'ofd.bin' or die;
my $ino = (stat $a)[1];
sub show {
  open my $p, '<', '/proc/locks' or die;
  my @rows;
  while (<$p>) {
    my @f = split;
    next unless $f[5] =~ /:(\d+)$/ && $1 == $ino;
    $f[4] = $f[4] == $$ ? 'SELF' : $f[4];
    push @rows, "  @f[1..4] @f[6,7]\n";
  }
  print sort @rows;
}
try("ofd lock on a", $a, F_OFD_SETLK, lk(F_WRLCK, SEEK_SET, 0, 10, 0));
try("ofd lock on b (another open file)", $b, F_OFD_SETLK, lk(F_WRLCK, SEEK_SET, 5, 10, 0));
try("classic lock on b, same process", $b, F_SETLK, lk(F_WRLCK, SEEK_SET, 5, 10, 0));
try("classic lock on b after the ofd range", $b, F_SETLK, lk(F_WRLCK, SEEK_SET, 10, 10, 0));
try("ofd lock on a over the classic lock", $a, F_OFD_SETLK, lk(F_RDLCK, SEEK_SET, 15, 1, 0));
try("l_pid not 0", $a, F_OFD_SETLK, lk(F_WRLCK, SEEK_SET, 50, 0, 123));
for my $cmd ([F_OFD_GETLK, 'ofd getlk'], [F_GETLK, 'classic getlk']) {
  my $s = lk(F_WRLCK, SEEK_SET, 0, 0, 0);
  fcntl($b, $cmd->[0], $s) or die "$cmd->[1]: $!";
  my @f = unpack($FL, $s);
  print "$cmd->[1] from b: @f\n";
}
print "/proc/locks:\n"; show();
open my $dup, '+<&', $a or die;
close $dup;
if (!fork) {
  try("child, ofd lock through the inherited a", $a, F_OFD_SETLK, lk(F_WRLCK, SEEK_SET, 0, 1, 0));
  close $a;
  exit 0;
}
wait;
print "after a dup and a child's copy closed:\n"; show();
close $b;
print "b closed (its classic lock goes, the process closed a descriptor):\n"; show();
close $a;
print "a closed:\n"; show();
