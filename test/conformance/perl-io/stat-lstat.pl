# lstat describes the link, stat its target.
open my $w, '>', 'target.txt' or die; print $w "0123456789"; close $w;
symlink 'target.txt', 'ln' or die;
my @s = stat 'ln';
my @l = lstat 'ln';
printf "stat: size %d file %d\n", $s[7], ($s[2] & 0170000) == 0100000 ? 1 : 0;
printf "lstat: size %d link %d perms %o\n", $l[7], ($l[2] & 0170000) == 0120000 ? 1 : 0, $l[2] & 0777;
print "different inodes: ", ($s[1] != $l[1] ? 'yes' : 'no'), "\n";
symlink 'nowhere', 'dang';
my @ds = stat 'dang';
my @dl = lstat 'dang';
print "dangling stat: ", scalar(@ds), " lstat: ", scalar(@dl), " size ", $dl[7], "\n";
open my $fh, '<', 'target.txt' or die;
my @f = stat $fh;
print "stat on handle size: $f[7]\n";
my @u = stat _;
print "stat _ size: $u[7]\n";
