# oracle: net
# Closing a socket with unread data sends RST: the peer's read fails with ECONNRESET.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die;
my $a = $l->accept;
syswrite($c, "unread data\n");
select(undef, undef, undef, 0.1);
close $a;
select(undef, undef, undef, 0.1);
my $n = sysread($c, my $buf, 100);
print defined $n ? "read $n bytes\n" : "read failed: $!\n";
