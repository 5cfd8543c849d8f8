# oracle: net
# UDP keeps message boundaries: two sends are two recvs.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $srv = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Proto => 'udp') or die "srv: $!";
my $cli = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'udp') or die "cli: $!";
$cli->send("first") or die; $cli->send("second message") or die;
for (1..2) { $srv->recv(my $d, 1024); print "server got [$d] from ", $srv->peerhost, "\n"; $srv->send("ACK: $d"); }
for (1..2) { $cli->recv(my $r, 1024); print "client got [$r]\n"; }
