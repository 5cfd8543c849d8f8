# utime sets access and modification times.
open my $w, '>', 't.txt' or die; close $w;
open $w, '>', 'u.txt' or die; close $w;
print "utime: ", utime(86400, 2 * 86400, 't.txt', 'u.txt'), "\n";
my @s = stat 't.txt';
print "atime: $s[8] mtime: $s[9]\n";
print "missing: ", utime(1, 1, 'nope'), " [$!]\n";
utime undef, undef, 't.txt';
@s = stat 't.txt';
print "undef means now: ", ($s[9] >= $^T && $s[9] <= time ? 'yes' : 'no'), " atime too: ", ($s[8] == $s[9] ? 'yes' : 'no'), "\n";
utime 1.9, 500.5, 'u.txt';
@s = stat 'u.txt';
print "fractions: $s[8] $s[9]\n";
print "gmtime of mtime: ", scalar(gmtime((stat 'u.txt')[9])), "\n";
