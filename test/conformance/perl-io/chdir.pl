# chdir changes where relative paths go.
mkdir 'sub' or die;
open my $w, '>', 'sub/inner.txt' or die; print $w "inside\n"; close $w;
print "chdir: ", chdir('sub'), "\n";
open my $r, '<', 'inner.txt' or die "open: $!"; print "read: ", <$r>; close $r;
print "../sub exists: ", (-d '../sub' ? 1 : 0), "\n";
print "missing: ", (chdir('nope') ? 1 : 0), " [$!]\n";
open $w, '>', 'f' or die; close $w;
print "to file: ", (chdir('f') ? 1 : 0), " [$!]\n";
chdir '..' or die;
print "back: ", (-d 'sub' ? 1 : 0), "\n";
chdir;
print "no arg goes home: ", (-d 'sub' ? 1 : 0), "\n";
chdir 'sub';
chdir $ENV{HOME};
print "HOME: ", (-d 'sub' ? 1 : 0), "\n";
system 'test -d sub && echo child sees cwd';
