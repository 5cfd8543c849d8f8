# oracle: net
# Blocking => 0: accept with nothing pending fails at once with EAGAIN.
use IO::Socket::INET; use Errno qw(EAGAIN EWOULDBLOCK);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1, Blocking => 0) or die;
print "blocking: ", $l->blocking, "\n";
my $a = $l->accept;
print "accept: ", (defined $a ? 'a connection' : "undef [$!] EAGAIN: " . ($! == EAGAIN ? 'yes' : 'no')), "\n";
my $c = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port") or die;
select(undef, undef, undef, 0.1);
$a = $l->accept;
print "after connect: ", (defined $a ? 'a connection' : "undef [$!]"), "\n";
print "accepted socket blocking: ", ($a->blocking ? 1 : 0), "\n";
$a->blocking(0);
my $n = sysread($a, my $buf, 10);
print "read empty: ", (defined $n ? $n : "undef [$!]"), "\n";
print "EWOULDBLOCK == EAGAIN: ", (EWOULDBLOCK == EAGAIN ? 'yes' : 'no'), "\n";
$l->blocking(1); print "blocking again: ", $l->blocking, "\n";
