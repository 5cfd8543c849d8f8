# More errno texts: EPERM, EINVAL, ELOOP, ENAMETOOLONG, ENOTEMPTY, EXDEV-free moves.
mkdir 'd' or die;
print "link dir: ", (link('d', 'd2') ? 1 : 0), " [$!]\n";
print "rmdir .: ", (rmdir('.') ? 1 : 0), " [$!]\n";
print "mkdir empty: ", (mkdir('') ? 1 : 0), " [$!]\n";
print "unlink empty: ", unlink(''), " [$!]\n";
symlink 'loop1', 'loop2'; symlink 'loop2', 'loop1';
print "-e loop: ", (-e 'loop1' ? 1 : 0), " [$!]\n";
print "open loop: ", (open(my $l, '<', 'loop1') ? 1 : 0), " [$!]\n";
my $long = 'x' x 300;
print "long name: ", (open(my $n, '>', $long) ? 1 : 0), " [$!]\n";
open my $w, '>', 'd/f' or die; close $w;
print "rmdir full: ", (rmdir('d') ? 1 : 0), " [$!]\n";
print "rename into itself: ", (rename('d', 'd/sub') ? 1 : 0), " [$!]\n";
