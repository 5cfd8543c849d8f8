# oracle: net
# A non-blocking socket: sysread EAGAIN while empty, data once it comes, 0 at EOF; readline undef with EAGAIN.
use IO::Socket::INET; use Errno qw(EAGAIN);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
$a->blocking(0);
my $n = sysread($a, my $b, 10); print "empty: ", (defined $n ? $n : "undef EAGAIN " . ($! == EAGAIN ? 'yes' : 'no')), "\n";
my $line = <$a>; print "readline empty: ", (defined $line ? "[$line]" : "undef [$!]"), "\n";
syswrite($c, "part"); select(undef, undef, undef, 0.1);
$n = sysread($a, $b, 10); print "data: $n [$b]\n";
close $c; select(undef, undef, undef, 0.1);
$n = sysread($a, $b, 10); print "eof: ", (defined $n ? $n : "undef [$!]"), "\n";
