# oracle: net
# Service names in PeerPort/PeerAddr: "name(number)" falls back to the number,
# an unknown name alone is an error.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => "nosuchsvc($port)") or die "fallback: $@";
print "fallback connected to PORT: ", ($s->peerport == $port ? 'yes' : 'no'), "\n";
my $t = IO::Socket::INET->new(PeerAddr => "127.0.0.1:nosuchsvc($port)") or die "in addr: $@";
print "in PeerAddr too: ", ($t->peerport == $port ? 'yes' : 'no'), "\n";
my $u = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => 'nosuchsvc');
print "unknown: [$@] [", (defined $u ? 'object' : 'undef'), "]\n";
print "http is ", scalar getservbyname('http', 'tcp'), ", echo is ", scalar getservbyname('echo', 'tcp'), "\n";
print "port 22 is ", scalar getservbyport(22, 'tcp'), "\n";
