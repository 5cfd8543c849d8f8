# umask, chmod.
my $old = umask 027;
printf "set umask, now: %03o\n", umask;
open my $w, '>', 'u.txt' or die; close $w;
printf "created: %o\n", (stat 'u.txt')[2] & 0777;
mkdir 'ud';
printf "dir: %o\n", (stat 'ud')[2] & 0777;
umask 0;
open $w, '>', 'z.txt' or die; close $w;
printf "umask 0: %o\n", (stat 'z.txt')[2] & 0777;
print "chmod count: ", chmod(0600, 'u.txt', 'z.txt'), "\n";
printf "after chmod: %o %o\n", map { (stat $_)[2] & 0777 } 'u.txt', 'z.txt';
print "chmod missing: ", chmod(0644, 'u.txt', 'nope'), " [$!]\n";
chmod 04755, 'u.txt';
printf "setuid bits: %o\n", (stat 'u.txt')[2] & 07777;
open my $fh, '<', 'z.txt' or die;
print "chmod handle: ", chmod(0444, $fh), sprintf(" %o", (stat 'z.txt')[2] & 0777), "\n";
printf "umask returns: %s\n", umask(022);
