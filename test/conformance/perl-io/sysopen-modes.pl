# sysopen with O_RDWR, O_APPEND, O_TRUNC and permissions, read back with sysread.
use Fcntl qw(:DEFAULT :mode);
umask 0;
sysopen my $fh, 'm.txt', O_RDWR | O_CREAT, 0604 or die "$!";
syswrite $fh, "abcdef";
sysseek $fh, 0, 0;
sysread $fh, my $b, 3;
print "read back: $b\n";
close $fh;
my $mode = (stat 'm.txt')[2];
printf "perms: %o S_ISREG: %d S_IMODE: %o\n", $mode & 07777, S_ISREG($mode) ? 1 : 0, S_IMODE($mode);
sysopen $fh, 'm.txt', O_WRONLY | O_APPEND or die;
syswrite $fh, "XY";
close $fh;
print "size: ", -s 'm.txt', "\n";
sysopen $fh, 'm.txt', O_RDONLY or die;
my $n = syswrite $fh, "no";
print "write on O_RDONLY: ", (defined $n ? $n : 'undef'), " [$!]\n";
printf "flags: RDONLY=%d WRONLY=%d RDWR=%d CREAT=%d EXCL=%d TRUNC=%d APPEND=%d\n", O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND;
