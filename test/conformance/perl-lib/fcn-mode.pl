use strict;
use warnings;
use Fcntl ':mode';
umask 022;
mkdir 'd1', 0750;
open my $f, '>', 'f1' or die; close $f;
chmod 04755, 'f1';
symlink 'f1', 'l1';
for my $name ('d1', 'f1', 'l1', '/dev/null') {
    my @st = lstat $name;
    my $mode = $st[2];
    my $type = S_ISDIR($mode) ? 'dir' : S_ISREG($mode) ? 'file' : S_ISLNK($mode) ? 'link' : S_ISCHR($mode) ? 'chardev' : S_ISBLK($mode) ? 'blockdev' : S_ISFIFO($mode) ? 'fifo' : S_ISSOCK($mode) ? 'socket' : 'other';
    my $perm = S_IMODE($mode);
    printf "%-9s %-8s %04o suid=%d u+r=%d g+w=%d o+x=%d\n", $name, $type, $perm, ($mode & S_ISUID) ? 1 : 0, ($mode & S_IRUSR) ? 1 : 0, ($mode & S_IWGRP) ? 1 : 0, ($mode & S_IXOTH) ? 1 : 0;
}
printf "constants: %o %o %o %o %o %o\n", S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IRWXG, S_IRWXO;
printf "S_IFMT(): %o  S_IFMT(mode): %o\n", S_IFMT(), S_IFMT((stat 'd1')[2]);
unlink 'l1', 'f1'; rmdir 'd1';
