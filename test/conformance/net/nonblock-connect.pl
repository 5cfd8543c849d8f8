# oracle: net
# A non-blocking connect says EINPROGRESS; writability then SO_ERROR tell the outcome.
use Socket; use IO::Socket::INET; use Errno qw(EINPROGRESS);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
socket(my $s, PF_INET, SOCK_STREAM, 0) or die;
$s->blocking(0);
my $r = connect($s, pack_sockaddr_in($port, inet_aton('127.0.0.1')));
print $r ? "connected at once\n" : ($! == EINPROGRESS ? "in progress\n" : "error: $!\n");
my $w = ''; vec($w, fileno($s), 1) = 1;
my $n = select(undef, $w, undef, 2); print "writable: $n\n";
print "SO_ERROR: ", unpack('i', getsockopt($s, SOL_SOCKET, SO_ERROR)), "\n";
socket(my $t, PF_INET, SOCK_STREAM, 0) or die; $t->blocking(0);
connect($t, pack_sockaddr_in($port + 1, inet_aton('127.0.0.1')));
$w = ''; vec($w, fileno($t), 1) = 1; select(undef, $w, undef, 2);
my $e = unpack('i', getsockopt($t, SOL_SOCKET, SO_ERROR)); $! = $e; print "refused port: $!\n";
