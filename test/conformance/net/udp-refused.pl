# oracle: net
# The guide's UDP one-liner with nobody listening: send works, recv fails
# with "Connection refused" (ICMP port unreachable on a connected socket).
use IO::Socket::INET;
my $s = IO::Socket::INET->new(PeerHost => 'localhost', PeerPort => $ENV{PORT}, Proto => 'udp') or die $!;
my $n = $s->send("ping"); print "sent $n bytes\n";
my $r = $s->recv(my $buf, 1024);
print defined $r ? "got [$buf]\n" : "recv: $!\n";
