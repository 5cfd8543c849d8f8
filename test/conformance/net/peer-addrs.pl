# oracle: net
# Addresses both ends see: the same 4-tuple from either side.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port) or die;
my $a = $l->accept;
print "server sees peer ", $a->peerhost, "\n";
print "ports match: ", ($a->peerport == $c->sockport ? 'yes' : 'no'), "\n";
print "client peer port is the listener's: ", ($c->peerport == $port ? 'yes' : 'no'), "\n";
print "ephemeral in range: ", ($c->sockport >= 32768 && $c->sockport <= 60999 ? 'yes' : 'no'), "\n";
print "listener host ", $l->sockhost, "\n";
