# oracle: net
# A datagram longer than the buffer is cut, and the rest is lost.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $srv = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Proto => 'udp') or die;
my $cli = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'udp') or die;
$cli->send("abcdefghij"); $cli->send("next");
$srv->recv(my $a, 4); print "[$a]\n";
$srv->recv(my $b, 100); print "[$b]\n";
