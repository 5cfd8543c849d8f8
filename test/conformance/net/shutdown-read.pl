# oracle: net
# shutdown(0): our reads end at once, while the peer can still write to us.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
print "shutdown: ", shutdown($c, 0), "\n";
my $n = sysread($c, my $b, 10); print "read after shutdown(0): ", (defined $n ? $n : "undef [$!]"), "\n";
$n = syswrite($a, "late"); print "peer writes: ", (defined $n ? $n : "undef [$!]"), "\n";
$n = syswrite($c, "still\n"); print "we write: $n\n";
print "peer reads: ", scalar <$a>;
my $r = shutdown($c, 7); print "shutdown bad how: ", (defined $r ? "[$r] [$!]" : "undef [$!]"), "\n";
