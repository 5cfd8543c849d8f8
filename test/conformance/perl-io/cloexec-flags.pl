# Descriptors perl opens above $^F are close-on-exec; those at or below it are not.
use strict;
use warnings;
use Fcntl;
use Socket;
sub fd { my ($n, $h) = @_; printf "%-12s fd=%d cloexec=%d\n", $n, fileno($h), fcntl($h, F_GETFD, 0) }
print "\$^F=$^F\n";
open my $r, '<', '/etc/passwd' or die; fd('open <', $r);
open my $w, '>', 'out.txt' or die; fd('open >', $w);
sysopen my $s, 'out.txt', O_RDONLY or die; fd('sysopen', $s);
pipe my $pr, my $pw or die; fd('pipe r', $pr); fd('pipe w', $pw);
socket my $so, AF_INET, SOCK_STREAM, 0 or die; fd('socket', $so);
socketpair my $sa, my $sb, AF_UNIX, SOCK_STREAM, 0 or die; fd('socketpair a', $sa); fd('socketpair b', $sb);
open my $d, '<&', $r or die; fd('dup <&', $d);
fcntl($r, F_SETFD, 0);
open my $h, '<&=', $r or die; fd('fdopen fh', $h);
open my $n, '<&=', fileno($r) or die; fd('fdopen num', $n);
fd('STDIN', \*STDIN); fd('STDOUT', \*STDOUT); fd('STDERR', \*STDERR);
fcntl(STDIN, F_SETFD, FD_CLOEXEC);
open STDIN, '<', '/etc/passwd' or die; fd('STDIN again', \*STDIN);
bind $so, pack_sockaddr_in(0, inet_aton('127.0.0.1')) or die "bind: $!";
listen $so, 5 or die;
socket my $c, AF_INET, SOCK_STREAM, 0 or die;
connect $c, getsockname($so) or die "connect: $!";
accept my $a, $so or die; fd('accept', $a);
open my $p, '-|', 'echo hi' or die; fd('open -|', $p); close $p;
$^F = 20;
print "\$^F=$^F\n";
open my $r2, '<', '/etc/passwd' or die; fd('open <', $r2);
pipe my $pr2, my $pw2 or die; fd('pipe r', $pr2);
{ local $^F = 2; open my $r3, '<', '/etc/passwd' or die; fd('local open', $r3); }
print "\$^F=$^F\n";
$^F = 2.9; print "\$^F=$^F\n";
$^F = 'abc'; print "\$^F=$^F\n";
$^F = 0;
open STDOUT, '>&', \*STDERR or die; fd('STDOUT $^F=0', \*STDOUT);
