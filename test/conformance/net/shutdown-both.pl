# oracle: net
# shutdown(2) on one end: the peer reads EOF; writing after shutdown fails with EPIPE.
use IO::Socket::INET; $SIG{PIPE} = 'IGNORE';
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
$c->shutdown(2);
my $n = sysread($a, my $buf, 10); print "peer read: ", (defined $n ? $n : "undef $!"), "\n";
my $w = syswrite($c, "x"); print "write after shutdown: ", (defined $w ? $w : "undef ($!)"), "\n";
