# Type without Proto, Proto without Type: what the socket reports.
use IO::Socket::INET; use Socket qw(SOCK_STREAM SOCK_DGRAM SO_TYPE IPPROTO_TCP IPPROTO_UDP);
my %t = (SOCK_STREAM() => 'stream', SOCK_DGRAM() => 'dgram');
for my $args ([Type => SOCK_STREAM], [Type => SOCK_DGRAM], [Proto => 'tcp'], [Proto => 'udp'], [Proto => 'udp', Type => SOCK_DGRAM]) {
    my $s = IO::Socket::INET->new(@$args) or do { print "@$args: $@\n"; next };
    printf "%-22s socktype %-6s protocol %s sockopt %s\n", "@$args", $t{$s->socktype}, $s->protocol, $t{$s->sockopt(SO_TYPE)};
}
print "tcp number ", IPPROTO_TCP, " udp number ", IPPROTO_UDP, "\n";
my $x = IO::Socket::INET->new(Proto => 'nosuchproto');
print "bad proto: [$@]\n";
