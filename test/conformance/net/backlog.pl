# oracle: net
# Connections complete into the backlog before accept is called.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my @c = map { IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port", Timeout => 2) } 1..3;
print "connected: ", scalar(grep { defined } @c), "\n";
print {$c[$_]} "client $_\n" for 0..2;
for (1..3) { my $a = $l->accept; print "accepted: ", scalar <$a>; }
