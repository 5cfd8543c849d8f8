# oracle: net
# Writing to a connection the peer has closed: EPIPE when SIGPIPE is ignored.
use IO::Socket::INET;
$SIG{PIPE} = 'IGNORE';
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die;
my $a = $l->accept; close $a;
select(undef, undef, undef, 0.1);
my $first = syswrite($c, "x" x 10);
print "first write: ", (defined $first ? $first : "undef ($!)"), "\n";
select(undef, undef, undef, 0.1);
my $second = syswrite($c, "y" x 10);
print "second write: ", (defined $second ? $second : "undef ($!)"), "\n";
