# Socket options read back.
use IO::Socket::INET; use Socket qw(SOL_SOCKET SO_REUSEADDR SO_KEEPALIVE SO_TYPE SOCK_STREAM IPPROTO_TCP TCP_NODELAY);
my $s = IO::Socket::INET->new(Proto => 'tcp') or die $!;
print "reuseaddr before: ", $s->sockopt(SO_REUSEADDR), "\n";
$s->sockopt(SO_REUSEADDR, 1); print "reuseaddr after: ", ($s->sockopt(SO_REUSEADDR) ? 1 : 0), "\n";
$s->sockopt(SO_KEEPALIVE, 1); print "keepalive: ", ($s->sockopt(SO_KEEPALIVE) ? 1 : 0), "\n";
print "type stream: ", ($s->sockopt(SO_TYPE) == SOCK_STREAM ? 'yes' : 'no'), "\n";
setsockopt($s, IPPROTO_TCP, TCP_NODELAY, 1) or die "nodelay: $!"; print "nodelay: ", unpack('i', getsockopt($s, IPPROTO_TCP, TCP_NODELAY)), "\n";
