# listen without bind: the kernel picks an ephemeral port, and it accepts.
use Socket;
socket(my $l, PF_INET, SOCK_STREAM, 0) or die;
print "listen: ", (listen($l, 5) ? 'ok' : "[$!]"), "\n";
my ($port, $ip) = unpack_sockaddr_in(getsockname($l));
print "address ", inet_ntoa($ip), ", ephemeral port: ", ($port >= 32768 && $port <= 60999 ? 'yes' : "no ($port)"), "\n";
socket(my $c, PF_INET, SOCK_STREAM, 0) or die;
print "connect: ", (connect($c, pack_sockaddr_in($port, INADDR_LOOPBACK)) ? 'ok' : "[$!]"), "\n";
my $peer = accept(my $a, $l); my ($pp, $pi) = unpack_sockaddr_in($peer);
print "accepted from ", inet_ntoa($pi), "\n";
socket(my $u, PF_INET, SOCK_DGRAM, 0) or die;
print "listen on udp: ", (listen($u, 5) ? 'ok' : "[$!]"), "\n";
