# oracle: net
# Connecting to a port nobody listens on: ECONNREFUSED in $! and $@.
use IO::Socket::INET;
my $s = IO::Socket::INET->new(PeerHost => '127.0.0.1', PeerPort => $ENV{PORT}, Proto => 'tcp');
print defined $s ? "connected\n" : "failed: [$!] [$@]\n";
printf "errno is ECONNREFUSED: %s\n", ($!{ECONNREFUSED} ? 'yes' : 'no');
