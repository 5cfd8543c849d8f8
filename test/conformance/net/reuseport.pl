# oracle: net
# ReusePort lets two listeners share a port; without it on both, the second fails.
use IO::Socket::INET; use Socket qw(SO_REUSEPORT);
my $port = $ENV{PORT};
my @o = (LocalAddr => '127.0.0.1', Listen => 5);
my $a = IO::Socket::INET->new(@o, LocalPort => $port, ReusePort => 1) or die "a: $!";
my $b = IO::Socket::INET->new(@o, LocalPort => $port, ReusePort => 1);
print "second with ReusePort: ", (defined $b ? 'bound' : "[$!]"), "\n";
print "option reads back: ", ($a->sockopt(SO_REUSEPORT) ? 1 : 0), "\n";
my $c = IO::Socket::INET->new(@o, LocalPort => $port + 1) or die "c: $!";
my $d = IO::Socket::INET->new(@o, LocalPort => $port + 1, ReusePort => 1);
print "ReusePort on the newcomer only: ", (defined $d ? 'bound' : "[$!]"), "\n";
my $cl = IO::Socket::INET->new("127.0.0.1:$port") or die;
