# oracle: net
# IO::Socket::INET's one-argument form and "host:port" strings in PeerAddr and LocalAddr.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1:$port", Listen => 5, ReuseAddr => 1) or die "listen: $@";
print "listener ", $l->sockhost, " port is PORT: ", ($l->sockport == $port ? 'yes' : 'no'), "\n";
my $a = IO::Socket::INET->new("127.0.0.1:$port") or die "one-arg: $@";
my $b = IO::Socket::INET->new(PeerAddr => "localhost:$port") or die "peeraddr: $@";
my $c = IO::Socket::INET->new(PeerHost => 'localhost', PeerPort => $port) or die "peerhost: $@";
for my $s ($a, $b, $c) { print "peer ", $s->peerhost, " port ok: ", ($s->peerport == $port ? 'yes' : 'no'), "\n" }
my $bad = IO::Socket::INET->new("127.0.0.1:");
print "empty port: ", (defined $bad ? 'connected' : "[$@]"), "\n";
