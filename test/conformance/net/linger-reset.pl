# oracle: net
# SO_LINGER on with a zero time: close sends RST, so the peer reads what came before, then ECONNRESET.
use IO::Socket::INET; use Socket qw(SOL_SOCKET SO_LINGER);
$SIG{PIPE} = 'IGNORE';
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
my ($on, $t) = unpack('ii', getsockopt($c, SOL_SOCKET, SO_LINGER)); print "default: on $on time $t\n";
setsockopt($c, SOL_SOCKET, SO_LINGER, pack('ii', 1, 0)) or die "set: $!";
($on, $t) = unpack('ii', getsockopt($c, SOL_SOCKET, SO_LINGER)); print "set: on ", ($on ? 1 : 0), " time $t\n";
print $c "bye\n"; close $c;
my $line = <$a>; print "peer reads what came first: $line";
my $n = sysread($a, my $buf, 10); print "then: ", (defined $n ? $n : "undef [$!]"), "\n";
$n = sysread($a, $buf, 10); print "and after: ", (defined $n ? $n : "undef [$!]"), "\n";
my $w = syswrite($a, "x"); print "write: ", (defined $w ? $w : "undef [$!]"), "\n";
my $s = IO::Socket::INET->new(Proto => 'tcp') or die;
print "plain number: ", (setsockopt($s, SOL_SOCKET, SO_LINGER, 1) ? 'ok' : "failed [$!]"), "\n";
my $d = IO::Socket::INET->new("127.0.0.1:$port") or die; my $b = $l->accept;
setsockopt($d, SOL_SOCKET, SO_LINGER, pack("ii", 1, 0)); close $d; close $b; close $l; close $a;
my $again = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5);
print "port free again without ReuseAddr after a reset: ", (defined $again ? 'no TIME-WAIT' : "[$!]"), "\n";
