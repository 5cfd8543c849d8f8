use strict;
use warnings;
use Fcntl qw(:DEFAULT :flock :seek :mode);
print "O: RDONLY=", O_RDONLY, " WRONLY=", O_WRONLY, " RDWR=", O_RDWR, " CREAT=", O_CREAT, " EXCL=", O_EXCL, " TRUNC=", O_TRUNC, " APPEND=", O_APPEND, " NONBLOCK=", O_NONBLOCK, "\n";
print "LOCK: SH=", LOCK_SH, " EX=", LOCK_EX, " NB=", LOCK_NB, " UN=", LOCK_UN, "\n";
print "SEEK: SET=", SEEK_SET, " CUR=", SEEK_CUR, " END=", SEEK_END, "\n";
print "F: GETFD=", F_GETFD, " SETFD=", F_SETFD, " GETFL=", F_GETFL, " SETFL=", F_SETFL, " FD_CLOEXEC=", FD_CLOEXEC, "\n";
print "S: IFMT=", S_IFMT, " IFDIR=", S_IFDIR, " IFREG=", S_IFREG, " IFLNK=", S_IFLNK, " IRWXU=", S_IRWXU, " IRUSR=", S_IRUSR, " IWUSR=", S_IWUSR, " IXUSR=", S_IXUSR, "\n";
mkdir "fdir"; open my $fh, '>', "ffile" or die; print $fh "data"; close $fh;
symlink "ffile", "flink";
chmod 0640, "ffile";
for my $p ("fdir", "ffile", "flink") {
    my $mode = (lstat $p)[2];
    printf "%s: dir=%d reg=%d lnk=%d perms=%04o ifmt=%o\n", $p, S_ISDIR($mode) ? 1 : 0, S_ISREG($mode) ? 1 : 0, S_ISLNK($mode) ? 1 : 0, S_IMODE($mode), S_IFMT($mode);
}
sysopen(my $s, "ffile", O_WRONLY | O_APPEND) or die "sysopen: $!";
syswrite($s, "+more"); close $s;
print "content: ", do { local (@ARGV, $/) = "ffile"; <> }, "\n";
print "excl fails: ", (sysopen(my $x, "ffile", O_WRONLY | O_CREAT | O_EXCL) ? "no" : "yes: $!"), "\n";
open my $l, '<', "ffile" or die;
print "flock: ", (flock($l, LOCK_SH | LOCK_NB) ? 1 : 0), " unlock: ", (flock($l, LOCK_UN) ? 1 : 0), "\n";
my $flags = fcntl($l, F_GETFL, 0);
print "getfl rdonly: ", (($flags & 3) == O_RDONLY ? 1 : 0), "\n";
seek($l, -3, SEEK_END); read($l, my $tail, 10); print "tail: $tail\n";
close $l;
unlink "ffile", "flink"; rmdir "fdir";
