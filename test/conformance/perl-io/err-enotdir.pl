# ENOTDIR: a path through a plain file.
open my $w, '>', 'file' or die; close $w;
print "open: ", (open(my $x, '<', 'file/x') ? 1 : 0), " [$!]\n";
print "create: ", (open(my $y, '>', 'file/x') ? 1 : 0), " [$!]\n";
print "mkdir: ", (mkdir('file/sub') ? 1 : 0), " [$!]\n";
print "opendir: ", (opendir(my $d, 'file') ? 1 : 0), " [$!]\n";
print "rmdir: ", (rmdir('file') ? 1 : 0), " [$!]\n";
print "stat: ", scalar(my @s = stat 'file/x'), " [$!]\n";
print "-e: ", (-e 'file/x' ? 1 : 0), " [$!]\n";
print "chdir: ", (chdir('file') ? 1 : 0), " [$!]\n";
