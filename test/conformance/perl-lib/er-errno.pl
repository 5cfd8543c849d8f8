use strict;
use warnings;
use Errno qw(ENOENT EACCES EEXIST ENOTDIR EISDIR :POSIX);
open(my $f, '<', '/no/such/file') and die;
print "ENOENT: ", ($! == ENOENT ? 1 : 0), " \$!{ENOENT}=", ($!{ENOENT} ? 1 : 0), " \$!{EACCES}=", ($!{EACCES} ? 1 : 0), "\n";
print "msg: $!\n";
mkdir "edir"; 
mkdir "edir" or print "EEXIST: ", ($!{EEXIST} ? 1 : 0), " ", ($! + 0 == EEXIST ? 1 : 0), " $!\n";
open(my $g, '<', 'edir/x/y') or print "ENOENT nested: $!\n";
open(my $h, '>', 'edir') or print "EISDIR: ", ($! == EISDIR ? 1 : 0), " $!\n";
open my $w, '>', 'efile'; close $w;
open(my $k, '<', 'efile/sub') or print "ENOTDIR: ", ($! == ENOTDIR ? 1 : 0), " $!\n";
unlink 'efile'; rmdir 'edir';
print "exists EBADF: ", (exists $!{EBADF} ? 1 : 0), " exists EFOO: ", (exists $!{EFOO} ? 1 : 0), "\n";
print "keys count sane: ", (scalar(keys %!) > 50 ? 1 : 0), "\n";
print "constants: ", join(",", ENOENT, EACCES, EEXIST, ENOTDIR, EISDIR, Errno::EINTR(), Errno::EAGAIN(), EPIPE), "\n";
$! = 0;
print "zero: [", ($! + 0), "] [", "$!", "] true keys: ", scalar(grep { $!{$_} } keys %!), "\n";
for my $n (1, 4, 11, 12, 13, 17, 22, 28, 32, 39, 110, 111) { $! = $n; print "$n: $!\n" }
