# oracle: net
# Raw socket calls: accept returns the peer's packed address; IO::Socket's accept in list context too.
use Socket; use IO::Socket::INET;
my $port = $ENV{PORT};
socket(my $l, PF_INET, SOCK_STREAM, getprotobyname('tcp')) or die;
setsockopt($l, SOL_SOCKET, SO_REUSEADDR, pack('l', 1)) or die;
bind($l, pack_sockaddr_in($port, inet_aton('127.0.0.1'))) or die "bind: $!";
listen($l, SOMAXCONN) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die;
my $paddr = accept(my $a, $l) or die;
my ($pp, $pi) = unpack_sockaddr_in($paddr);
print "peer ", inet_ntoa($pi), " port matches: ", ($pp == $c->sockport ? 'yes' : 'no'), " length ", length($paddr), "\n";
print "fileno differs: ", (fileno($a) != fileno($l) ? 'yes' : 'no'), "\n";
my $io = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port + 1, Listen => 5, ReuseAddr => 1) or die;
my $d = IO::Socket::INET->new("127.0.0.1:" . ($port + 1)) or die;
my ($sock, $addr) = $io->accept; my ($p2) = unpack_sockaddr_in($addr);
print "list accept: ", ref($sock), " port matches: ", ($p2 == $d->sockport ? 'yes' : 'no'), "\n";
