# oracle: net
# A zero-length datagram is a datagram: recv returns its sender and an empty buffer.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Proto => 'udp') or die;
my $c = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'udp') or die;
print "send empty: ", $c->send(''), "\n"; $c->send('after');
my $from = $s->recv(my $d = 'x', 100); print "first: defined from: ", (defined $from && length $from ? 'yes' : 'no'), " data [$d]\n";
$s->recv($d, 100); print "second: [$d]\n";
