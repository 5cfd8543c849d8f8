# link, symlink and readlink.
open my $w, '>', 'orig.txt' or die; print $w "content\n"; close $w;
print "link: ", link('orig.txt', 'hard.txt'), " nlink: ", (stat 'orig.txt')[3], "\n";
print "link existing: ", (link('orig.txt', 'hard.txt') ? 1 : 0), " [$!]\n";
print "link missing: ", (link('nope', 'x') ? 1 : 0), " [$!]\n";
print "symlink: ", symlink('orig.txt', 'soft'), "\n";
print "readlink: ", readlink('soft'), "\n";
print "symlink existing: ", (symlink('x', 'soft') ? 1 : 0), " [$!]\n";
print "readlink file: ", (defined(readlink 'orig.txt') ? 'defined' : 'undef'), " [$!]\n";
print "readlink missing: ", (defined(readlink 'nope') ? 'defined' : 'undef'), " [$!]\n";
symlink '../elsewhere/x', 'rel';
print "relative target kept: ", readlink('rel'), "\n";
open my $r, '<', 'soft' or die; print "through soft: ", <$r>; close $r;
unlink 'orig.txt';
print "hard survives: ", (-e 'hard.txt' ? 1 : 0), " soft dangles: ", (-e 'soft' ? 0 : 1), "\n";
$_ = 'rel'; print "readlink \$_: ", readlink, "\n";
