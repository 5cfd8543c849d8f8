# IO::File->new with O_* flags and permissions goes through sysopen.
use strict; use warnings; use IO::File; use Fcntl;
umask 022; unlink 'iof.txt';
my $f = IO::File->new('iof.txt', O_WRONLY|O_CREAT|O_EXCL, 0600) or die "new: $!"; print $f "abc\n"; $f->close;
printf "%04o\n", (stat 'iof.txt')[2] & 07777;
print defined(IO::File->new('iof.txt', O_WRONLY|O_CREAT|O_EXCL)) ? "ok\n" : "excl: $!\n";
$f = IO::File->new('iof.txt', O_RDONLY) or die; print <$f>;
$f = IO::File->new('iof.txt', O_RDWR|O_APPEND) or die; print $f "def\n"; $f->close;
$f = IO::File->new('iof.txt', 'r') or die; print <$f>;
print defined(IO::File->new('nodir/x', O_RDONLY)) ? "ok\n" : "missing: $!\n";
unlink 'iof.txt';
