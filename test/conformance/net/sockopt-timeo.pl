# oracle: net
# SO_RCVTIMEO and SO_SNDTIMEO: a blocking read, recv, accept or write gives up with EAGAIN after the timeout.
use IO::Socket::INET; use Socket qw(SOL_SOCKET SO_RCVTIMEO SO_SNDTIMEO); use Time::HiRes qw(time);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
sub waited { my ($t0, $want) = @_; my $dt = time - $t0; $dt >= $want - 0.01 && $dt < $want + 0.5 ? 'yes' : "no ($dt)" }
setsockopt($c, SOL_SOCKET, SO_RCVTIMEO, pack('l!l!', 0, 250000)) or die "set: $!";
my ($s, $us) = unpack('l!l!', getsockopt($c, SOL_SOCKET, SO_RCVTIMEO)); print "reads back: $s s $us us\n";
my $t0 = time; my $n = sysread($c, my $buf, 10);
print "sysread: ", (defined $n ? $n : "undef [$!]"), ", waited 0.25 s: ", waited($t0, 0.25), "\n";
$t0 = time; my $r = recv($c, $buf, 10, 0);
print "recv: ", (defined $r ? 'defined' : "undef [$!]"), ", waited 0.25 s: ", waited($t0, 0.25), "\n";
print $a "late\n"; $n = sysread($c, $buf, 10); print "then data: $buf";
setsockopt($l, SOL_SOCKET, SO_RCVTIMEO, pack('l!l!', 0, 100000)) or die;
$t0 = time; my $x = accept(my $nc, $l); print "accept: ", ($x ? 'ok' : "failed [$!]"), ", waited 0.1 s: ", waited($t0, 0.1), "\n";
setsockopt($c, SOL_SOCKET, SO_SNDTIMEO, pack('l!l!', 0, 200000)) or die;
my ($total, $w, $calls) = (0, 0, 0); my $chunk = 'x' x 65536;
while ($calls++ < 2000) { $w = syswrite($c, $chunk); last unless defined $w; $total += $w; }
print "syswrite gave up: [$!], after some bytes: ", ($total > 65536 ? 'yes' : 'no'), "\n";
$t0 = time; $w = send($c, "more", 0); print "send: ", (defined $w ? $w : "undef [$!]"), ", waited 0.2 s: ", waited($t0, 0.2), "\n";
setsockopt($c, SOL_SOCKET, SO_RCVTIMEO, pack('l!l!', 0, 0)) or die;
($s, $us) = unpack('l!l!', getsockopt($c, SOL_SOCKET, SO_RCVTIMEO)); print "zero is no timeout: $s s $us us\n";
