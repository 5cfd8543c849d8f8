# oracle: net
# recv with MSG_PEEK leaves the bytes in the socket; the next recv gets them again.
use IO::Socket::INET; use Socket qw(MSG_PEEK);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
my $n = send($c, "hello world", 0); print "sent $n\n";
select(undef, undef, undef, 0.1);
my $r = recv($a, my $buf, 5, MSG_PEEK); print "peek: [$buf] returned ", (defined $r ? "defined" : 'undef'), "\n";
recv($a, $buf, 5, MSG_PEEK); print "peek again: [$buf]\n";
recv($a, $buf, 100, 0); print "recv: [$buf]\n";
$c->send("more"); select(undef, undef, undef, 0.1);
$a->recv($buf, 2, MSG_PEEK); print "method peek: [$buf]\n";
print "sysread: ", sysread($a, $buf, 10), " [$buf]\n";
