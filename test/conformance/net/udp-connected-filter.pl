# oracle: net
# A connected UDP socket only hears its peer; send to another address overrides nothing.
use Socket; use IO::Socket::INET;
my $port = $ENV{PORT};
my $a = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Proto => 'udp') or die;
my $b = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port + 1, Proto => 'udp') or die;
my $c = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port + 2, PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'udp') or die;
print "connected to PORT: ", ($c->peerport == $port ? 'yes' : 'no'), "\n";
$b->send("from b", 0, pack_sockaddr_in($port + 2, inet_aton('127.0.0.1')));
$a->send("from a", 0, pack_sockaddr_in($port + 2, inet_aton('127.0.0.1')));
select(undef, undef, undef, 0.1);
$c->recv(my $d, 100); print "connected socket hears: [$d]\n";
$c->blocking(0); my $r = $c->recv($d, 100); print "then: ", (defined $r ? "[$d]" : "undef [$!]"), "\n";
$c->send("to peer"); $a->recv($d, 100); print "peer got: [$d]\n";
$r = send($c, "elsewhere", 0, pack_sockaddr_in($port + 1, inet_aton('127.0.0.1')));
print "sendto on a connected socket: ", (defined $r ? $r : "undef [$!]"), "\n";
$b->blocking(0); my $f = $b->recv($d, 100); print "b got: ", (defined $f ? "[$d]" : "nothing [$!]"), "\n";
