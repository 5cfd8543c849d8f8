# EEXIST from mkdir, sysopen O_EXCL, link and symlink.
use Fcntl;
open my $w, '>', 'f' or die; close $w;
mkdir 'd';
print "mkdir dir: ", (mkdir('d') ? 1 : 0), " [$!]\n";
print "mkdir over file: ", (mkdir('f') ? 1 : 0), " [$!]\n";
print "sysopen excl: ", (sysopen(my $x, 'f', O_CREAT | O_EXCL | O_WRONLY) ? 1 : 0), " [$!]\n";
print "link: ", (link('f', 'd') ? 1 : 0), " [$!]\n";
print "symlink: ", (symlink('f', 'f') ? 1 : 0), " [$!]\n";
printf "errno: %d EEXIST: %s\n", $!, ($!{EEXIST} ? 'set' : 'unset');
