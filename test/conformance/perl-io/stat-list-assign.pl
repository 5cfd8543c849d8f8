# Named stat fields, (stat _)[7], lstat of missing, stat on a dirhandle-free path list.
open my $w, '>', 'f.txt' or die; print $w "12345678"; close $w;
chmod 0604, 'f.txt';
my ($dev, $ino, $mode, $nlink, $uid, $gid, $rdev, $size, $atime, $mtime, $ctime, $blksize, $blocks) = stat 'f.txt';
printf "mode %o nlink %d size %d\n", $mode & 07777, $nlink, $size;
-e 'f.txt';
print "(stat _)[7]: ", (stat _)[7], "\n";
print "size via slice: ", (stat 'f.txt')[7], "\n";
my @l = lstat 'missing';
print "lstat missing: ", scalar(@l), " [$!]\n";
print "ctime >= mtime: ", ($ctime >= $mtime ? 'yes' : 'no'), "\n";
print "stat in boolean: ", (stat('f.txt') ? 'true' : 'false'), " ", (stat('missing') ? 'true' : 'false'), "\n";
my @sizes = map { (stat $_)[7] } qw(f.txt f.txt);
print "sizes: @sizes\n";
