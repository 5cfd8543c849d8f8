# fcntl lock errors: access mode, bad type, bad whence, ranges before the start of the file.
use strict; use warnings;
use Fcntl qw(:DEFAULT :seek);
my $FL = 's s x4 q q i x4';
sub lk { pack($FL, @_, 0) }
sub try {
  my ($what, $fh, $cmd, $s) = @_;
  my $r = fcntl($fh, $cmd, $s);
  print "$what: ", (defined $r ? "ok" : "failed: " . ($!+0) . " $!"), "\n";
}
open my $w, '>', 'f.txt' or die; print $w "0123456789"; close $w;
open my $ro, '<', 'f.txt' or die;
open my $wo, '>>', 'f.txt' or die;
open my $rw, '+<', 'f.txt' or die;
try("write lock on read-only handle", $ro, F_SETLK, lk(F_WRLCK, SEEK_SET, 0, 0));
try("read lock on write-only handle", $wo, F_SETLK, lk(F_RDLCK, SEEK_SET, 0, 0));
try("read lock on read-only handle", $ro, F_SETLK, lk(F_RDLCK, SEEK_SET, 0, 0));
try("write lock on write-only handle", $wo, F_SETLK, lk(F_WRLCK, SEEK_SET, 0, 0));
try("unlock on read-only handle", $ro, F_SETLK, lk(F_UNLCK, SEEK_SET, 0, 0));
try("bad type", $rw, F_SETLK, lk(7, SEEK_SET, 0, 0));
try("bad whence", $rw, F_SETLK, lk(F_RDLCK, 9, 0, 0));
try("start before 0", $rw, F_SETLK, lk(F_RDLCK, SEEK_SET, -1, 0));
try("negative length past 0", $rw, F_SETLK, lk(F_RDLCK, SEEK_SET, 2, -5));
try("getlk with F_UNLCK", $rw, F_GETLK, lk(F_UNLCK, SEEK_SET, 0, 0));
try("getlk on write-only handle", $wo, F_GETLK, lk(F_RDLCK, SEEK_SET, 0, 0));
try("setlkw uncontended", $rw, F_SETLKW, lk(F_WRLCK, SEEK_SET, 0, 0));
my $s = lk(F_WRLCK, SEEK_SET, 0, 0);
try("own lock does not conflict", $rw, F_GETLK, $s);
my @f = unpack($FL, $s);
print "getlk answer: @f[0..3]\n";
print "constants: ", join(" ", F_GETLK, F_SETLK, F_SETLKW, F_RDLCK, F_WRLCK, F_UNLCK, F_EXLCK, F_SHLCK, F_GETLK64, F_SETLK64, F_SETLKW64), "\n";
close $rw;
