# Socket's address functions round-trip.
use Socket qw(inet_aton inet_ntoa pack_sockaddr_in unpack_sockaddr_in sockaddr_in sockaddr_family AF_INET inet_pton inet_ntop);
my $packed = pack_sockaddr_in(8080, inet_aton('127.0.0.1'));
my ($port, $ip) = unpack_sockaddr_in($packed);
print "port $port addr ", inet_ntoa($ip), " family ", (sockaddr_family($packed) == AF_INET ? 'AF_INET' : '?'), "\n";
print "length ", length($packed), "\n";
print "localhost is ", inet_ntoa(inet_aton('localhost')), "\n";
print "pton/ntop ", inet_ntop(AF_INET, inet_pton(AF_INET, '10.1.2.3')), "\n";
print "bad name: ", (defined inet_aton('no.such.host.invalid') ? 'resolved' : 'undef'), "\n";
my ($p2, $i2) = sockaddr_in($packed); print "sockaddr_in list: $p2 ", inet_ntoa($i2), "\n";
