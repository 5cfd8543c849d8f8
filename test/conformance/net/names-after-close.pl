# oracle: net
# getpeername/getsockname on a closed socket (EBADF, with warnings) and on an unconnected one (ENOTCONN).
use strict; use warnings; use IO::Socket::INET; use Socket;
$SIG{__WARN__} = sub { my $w = shift; $w =~ s/ at \S+ line \d+\.\n//; print "warning: $w\n" };
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
socket(my $s, PF_INET, SOCK_STREAM, 0) or die;
my $p = getpeername($s); print "unconnected peer: ", (defined $p ? 'defined' : "undef [$!]"), "\n";
my ($sp, $sa) = unpack_sockaddr_in(getsockname($s)); print "unbound name: ", inet_ntoa($sa), ":$sp\n";
connect($s, pack_sockaddr_in($port, inet_aton('127.0.0.1'))) or die;
my ($pp) = unpack_sockaddr_in(getpeername($s)); print "connected peer is PORT: ", ($pp == $port ? 'yes' : 'no'), "\n";
close $s;
$p = getpeername($s); print "closed peer: ", (defined $p ? 'defined' : "undef [$!]"), "\n";
my $n = getsockname($s); print "closed name: ", (defined $n ? 'defined' : "undef [$!]"), "\n";
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; $c->close;
print "object after close: peerhost ", (defined $c->peerhost ? 'defined' : 'undef'), ", sockport ", (defined $c->sockport ? 'defined' : 'undef'), "\n";
