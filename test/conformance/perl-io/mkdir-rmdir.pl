# mkdir and rmdir, with modes and errors.
umask 022;
print "mkdir: ", mkdir('a'), "\n";
printf "mode: %o\n", (stat 'a')[2] & 0777;
print "again: ", (mkdir('a') ? 1 : 0), " [$!]\n";
print "mode 0700: ", mkdir('b', 0700), sprintf(" %o", (stat 'b')[2] & 0777), "\n";
print "umask applied: ", mkdir('c', 0777), sprintf(" %o", (stat 'c')[2] & 0777), "\n";
print "nested missing parent: ", (mkdir('x/y') ? 1 : 0), " [$!]\n";
open my $w, '>', 'a/file' or die; close $w;
print "rmdir non-empty: ", (rmdir('a') ? 1 : 0), " [$!]\n";
unlink 'a/file';
print "rmdir empty: ", rmdir('a'), "\n";
print "rmdir missing: ", (rmdir('a') ? 1 : 0), " [$!]\n";
open $w, '>', 'plain' or die; close $w;
print "rmdir file: ", (rmdir('plain') ? 1 : 0), " [$!]\n";
$_ = 'dflt'; mkdir; print "mkdir \$_: ", (-d 'dflt' ? 1 : 0), "\n";
print "trailing slash: ", mkdir('e/'), " ", (-d 'e' ? 1 : 0), "\n";
