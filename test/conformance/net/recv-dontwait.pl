# oracle: net
# MSG_DONTWAIT on a blocking socket: an empty queue is EAGAIN, not a wait.
use IO::Socket::INET; use Socket qw(MSG_DONTWAIT); use Errno qw(EAGAIN);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
my $r = recv($a, my $buf = 'old', 10, MSG_DONTWAIT);
print "empty: ", (defined $r ? "defined [$buf]" : "undef [$!] EAGAIN: " . ($! == EAGAIN ? 'yes' : 'no')), "\n";
print "buffer after: [", (defined $buf ? $buf : 'undef'), "]\n";
print "still blocking: ", ($a->blocking ? 1 : 0), "\n";
send($c, "data", MSG_DONTWAIT); select(undef, undef, undef, 0.1);
$r = recv($a, $buf, 10, MSG_DONTWAIT); print "with data: [$buf]\n";
close $c; select(undef, undef, undef, 0.1);
$r = recv($a, $buf, 10, MSG_DONTWAIT); print "after peer close: ", (defined $r ? "defined, [" . $buf . "] length " . length($buf) : "undef [$!]"), "\n";
