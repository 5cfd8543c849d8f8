# SO_RCVBUF/SO_SNDBUF: Linux doubles what is set, and has a floor.
use IO::Socket::INET; use Socket qw(SOL_SOCKET SO_RCVBUF SO_SNDBUF);
my $s = IO::Socket::INET->new(Proto => 'tcp') or die;
for my $v (8192, 65536, 1) {
    setsockopt($s, SOL_SOCKET, SO_RCVBUF, $v) or die; setsockopt($s, SOL_SOCKET, SO_SNDBUF, $v) or die;
    printf "set %d: rcvbuf %d sndbuf %d\n", $v, unpack('i', getsockopt($s, SOL_SOCKET, SO_RCVBUF)), unpack('i', getsockopt($s, SOL_SOCKET, SO_SNDBUF));
}
my $u = IO::Socket::INET->new(Proto => 'udp') or die;
setsockopt($u, SOL_SOCKET, SO_RCVBUF, 4096); printf "udp set 4096: %d\n", unpack('i', getsockopt($u, SOL_SOCKET, SO_RCVBUF));
