# oracle: net
# LocalAddr and LocalHost mean the same; a client may bind its own end too.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalHost => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die "LocalHost: $@";
print "LocalHost listener: ", $l->sockhost, "\n";
my $c = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, LocalAddr => '127.0.0.1', LocalPort => $port + 1) or die "client bind: $@";
my $a = $l->accept;
print "client bound to PORT+1: ", ($c->sockport == $port + 1 ? 'yes' : 'no'), "\n";
print "server sees PORT+1: ", ($a->peerport == $port + 1 ? 'yes' : 'no'), "\n";
my $any = IO::Socket::INET->new(Proto => 'tcp', LocalAddr => '127.0.0.1') or die;
print "unbound port chosen: ", ($any->sockport > 0 ? 'yes' : 'no'), " host ", $any->sockhost, "\n";
my $bad = IO::Socket::INET->new(LocalAddr => '10.255.255.1', LocalPort => $port, Listen => 1);
print "foreign address: [$!]\n";
