# ioctl: a constant buffer is refused; a variable is grown to 256 bytes; a number is an address; tty requests on a file fail with ENOTTY.
use strict; use warnings;
open my $fh, '+>', 'plain.txt' or die;
sub show { my ($what, $r) = @_; print "$what: ", ($@ ? "died: $@" : defined $r ? "ok $r\n" : "failed: $!\n") }
my $r;
$r = eval { ioctl($fh, 0x5413, "\0" x 8) }; show('literal', $r);
$r = eval { ioctl($fh, 0x5413, pack('S4', 0, 0, 0, 0)) }; show('folded pack', $r);
my $b = '';
$r = eval { ioctl($fh, 0x5413, $b) }; show('variable', $r);
print "buffer length ", length $b, "\n";
$r = eval { ioctl($fh, 0x5413, 0) }; show('number', $r);
my $n = '';
$r = eval { ioctl($fh, 0x541B, $n) }; show('FIONREAD on a file', $r);
print "bytes ready ", unpack('i', $n), "\n";
pipe my $rd, my $wr or die;
syswrite $wr, "hello";
$n = '';
$r = eval { ioctl($rd, 0x541B, $n) }; show('FIONREAD on a pipe', $r);
print "bytes ready ", unpack('i', $n), "\n";
close $fh;
{ no warnings; $r = eval { ioctl($fh, 0x541B, $n) }; show('closed', $r); }
