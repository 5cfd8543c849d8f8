# oracle: net
# A non-blocking writer nobody reads: syswrite gets partial counts, then EAGAIN.
use IO::Socket::INET; use Errno qw(EAGAIN);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
$c->blocking(0);
my $chunk = 'x' x 65536; my ($total, $partial, $calls, $err) = (0, 0, 0, '');
while ($calls++ < 10000) {
    my $n = syswrite($c, $chunk);
    if (!defined $n) { $err = $!; last }
    $partial++ if $n < length $chunk; $total += $n;
}
print "stopped with EAGAIN: ", ($err && $err == EAGAIN ? 'yes' : "no [$err]"), "\n";
print "some bytes went: ", ($total > 65536 ? 'yes' : 'no'), "\n";
print "a write was partial: ", ($partial ? 'yes' : 'no'), "\n";
my $got = 0; $a->blocking(0);
for (1 .. 100000) { my $n = sysread($a, my $b, 65536); last unless $n; $got += $n; }
print "reader gets what was accepted: ", ($got == $total ? 'yes' : "no ($got vs $total)"), "\n";
