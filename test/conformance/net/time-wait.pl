# oracle: net
# After the server side closes first, its port sits in TIME_WAIT: a new
# listener without ReuseAddr fails, with ReuseAddr it binds.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die "listen: $!\n";
my $c = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port") or die "connect: $!\n";
my $a = $l->accept;
close $l; close $a;           # the server closes first: TIME_WAIT on its side
sysread($c, my $buf, 10); close $c;
select(undef, undef, undef, 0.2);
my $n = IO::Socket::INET->new(LocalPort => $port, Listen => 5);
print defined $n ? "rebound without ReuseAddr\n" : "without ReuseAddr: [$!]\n";
my $r = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1);
print defined $r ? "rebound with ReuseAddr\n" : "with ReuseAddr: [$!]\n";
