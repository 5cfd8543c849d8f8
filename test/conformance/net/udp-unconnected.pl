# oracle: net
# Unconnected UDP: send needs an address (EDESTADDRREQ without), recv returns the sender's.
use Socket; use IO::Socket::INET;
my $port = $ENV{PORT};
my $srv = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Proto => 'udp') or die;
socket(my $u, PF_INET, SOCK_DGRAM, 0) or die;
my $r = send($u, "nowhere", 0); print "send without address: ", (defined $r ? $r : "undef [$!]"), "\n";
my $to = pack_sockaddr_in($port, inet_aton('127.0.0.1'));
print "sendto: ", send($u, "hello", 0, $to), "\n";
my ($up) = unpack_sockaddr_in(getsockname($u)); print "implicitly bound: ", ($up > 0 ? 'yes' : 'no'), "\n";
my $from = recv($srv, my $d, 100, 0); my ($fp, $fi) = unpack_sockaddr_in($from);
print "server got [$d] from ", inet_ntoa($fi), " sender port: ", ($fp == $up ? 'yes' : 'no'), "\n";
print "reply: ", send($srv, "hi back", 0, $from), "\n";
$from = recv($u, $d, 100, 0); ($fp) = unpack_sockaddr_in($from);
print "client got [$d] from PORT: ", ($fp == $port ? 'yes' : 'no'), "\n";
print "peerhost of unconnected: ", (defined $srv->peerhost ? $srv->peerhost : 'undef'), "\n";
