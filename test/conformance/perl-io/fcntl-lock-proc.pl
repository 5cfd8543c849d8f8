# /proc/locks shows fcntl locks as POSIX lines with their byte ranges (relative whence, negative lengths).
use strict; use warnings;
use Fcntl qw(:DEFAULT :flock :seek);
my $FL = 's s x4 q q i x4';
sub lk { pack($FL, @_, 0) }
open my $fh, '+>', 'r.bin' or die;
print $fh "z" x 1000; $fh->flush;
my $ino = (stat $fh)[1];
sub show {
  my ($what) = @_;
  open my $p, '<', '/proc/locks' or die "proc: $!";
  my @mine;
  while (<$p>) {
    my @f = split;
    next unless $f[5] =~ /:(\d+)$/ && $1 == $ino;
    $f[4] = $f[4] == $$ ? "SELF" : "OTHER";
    push @mine, join(" ", @f[1..4], "FILE", @f[6, 7]);
  }
  print "$what:\n", map { "  $_\n" } sort @mine;
}
fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 100, 50)) or die;
fcntl($fh, F_SETLK, lk(F_RDLCK, SEEK_SET, 200, 0)) or die;
show("two locks");
fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_SET, 150, 50)) or die;
show("write lock adjacent to the first merges");
fcntl($fh, F_SETLK, lk(F_UNLCK, SEEK_SET, 120, 10)) or die;
show("hole punched");
seek $fh, 500, SEEK_SET;
fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_CUR, 10, -20)) or die;
show("SEEK_CUR with a negative length");
fcntl($fh, F_SETLK, lk(F_WRLCK, SEEK_END, -10, 5)) or die;
show("SEEK_END");
flock($fh, LOCK_SH) or die;
show("with a flock lock too");
fcntl($fh, F_SETLK, lk(F_UNLCK, SEEK_SET, 0, 0)) or die;
show("fcntl unlock all");
