# oracle: net
# connect on a connected socket: EISCONN; connect on a listening socket fails too.
use Socket; use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $addr = pack_sockaddr_in($port, inet_aton('127.0.0.1'));
socket(my $s, PF_INET, SOCK_STREAM, 0) or die;
print "first: ", (connect($s, $addr) ? 'ok' : "[$!]"), "\n";
print "second: ", (connect($s, $addr) ? 'ok' : "[$!]"), "\n";
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die;
print "method: ", ($c->connect($addr) ? 'ok' : "[$!]"), "\n";
print "on the listener: ", (connect($l, $addr) ? 'ok' : "[$!]"), "\n";
