# oracle: net
# send with MSG_NOSIGNAL to a closed peer: EPIPE without SIGPIPE, even with the default action.
use IO::Socket::INET; use Socket qw(MSG_NOSIGNAL);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
close $a; select(undef, undef, undef, 0.1);
print "first: ", send($c, "x", MSG_NOSIGNAL), "\n"; select(undef, undef, undef, 0.1);
my $r = send($c, "y", MSG_NOSIGNAL); print "second: ", (defined $r ? $r : "undef [$!]"), "\n";
print "SIGPIPE action: ", (defined $SIG{PIPE} ? $SIG{PIPE} : 'undef'), "\n";
print "still alive\n";
