# oracle: net
# MSG_PEEK on UDP returns the same datagram, and its sender, until read.
use IO::Socket::INET; use Socket qw(MSG_PEEK unpack_sockaddr_in inet_ntoa);
my $port = $ENV{PORT};
my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Proto => 'udp') or die;
my $c = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'udp') or die;
$c->send("one"); $c->send("two");
for my $flags (MSG_PEEK, MSG_PEEK, 0, 0) {
    my $from = $s->recv(my $d, 100, $flags);
    my ($p, $ip) = unpack_sockaddr_in($from);
    print "flags $flags: [$d] from ", inet_ntoa($ip), " client port: ", ($p == $c->sockport ? 'yes' : 'no'), "\n";
}
