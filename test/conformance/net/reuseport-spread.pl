# oracle: net
# Two listeners sharing a port with ReusePort both get connections.
use IO::Socket::INET;
my $port = $ENV{PORT};
my @l = map { IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 32, ReusePort => 1) or die "$_: $!" } 1 .. 2;
my @c = map { IO::Socket::INET->new("127.0.0.1:$port") or die "connect: $!" } 1 .. 20;
my @got = (0, 0);
for my $i (0, 1) { $l[$i]->blocking(0); $got[$i]++ while $l[$i]->accept }
print "accepted in all: ", $got[0] + $got[1], "\n";
print "both listeners got some: ", ($got[0] && $got[1] ? 'yes' : "no (@got)"), "\n";
