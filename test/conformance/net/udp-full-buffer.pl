# oracle: net
# A UDP receiver that does not read: datagrams past its buffer are dropped, the sender never blocks.
use IO::Socket::INET; use Socket qw(SOL_SOCKET SO_RCVBUF);
my $port = $ENV{PORT};
my $r = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Proto => 'udp') or die;
setsockopt($r, SOL_SOCKET, SO_RCVBUF, 4096) or die;
my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'udp') or die;
my $sent = 0; for my $i (1 .. 2000) { $sent++ if defined $s->send(sprintf("%04d", $i) . ('.' x 996)) }
print "all sends succeeded: ", ($sent == 2000 ? 'yes' : "no ($sent)"), "\n";
$r->blocking(0); my ($got, $first, $last) = (0);
for (1 .. 2000) { defined $r->recv(my $d, 2000) or last; $got++; $first //= substr($d, 0, 4); $last = substr($d, 0, 4); }
print "some arrived: ", ($got > 0 ? 'yes' : 'no'), "\n";
print "most were dropped: ", ($got < 1000 ? 'yes' : "no ($got)"), "\n";
print "the first ones were kept: ", ($first eq '0001' ? 'yes' : "no ($first)"), "\n";
print "then empty: ", (defined $r->recv(my $d, 2000) ? 'data' : "[$!]"), "\n";
