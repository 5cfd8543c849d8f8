# oracle: net timeout=15
# The guide's TCP server and TCP client blocks, each in its own process
# (the port is $PORT, the server binds 127.0.0.1; a pipe says when it listens).
use strict; use warnings; use IO::Socket::INET;
pipe(my $ready_r, my $ready_w) or die;
my $pid = fork // die;
if ($pid == 0) {
    close $ready_r;
    my $server = IO::Socket::INET->new(
        LocalAddr => '127.0.0.1',
        LocalPort => $ENV{PORT},
        Proto     => 'tcp',
        Listen    => 5,
        ReuseAddr => 1,
    ) or die "Cannot create server: $!\n";
    close $ready_w;

    while (my $client = $server->accept()) {
        while (my $line = <$client>) {
            chomp $line;
            print $client "Echo: $line\n";
        }
        close $client;
    }
    exit 0;
}
close $ready_w; my $nothing = <$ready_r>;

my $sock = IO::Socket::INET->new(
    PeerHost => 'localhost',
    PeerPort => $ENV{PORT},
    Proto    => 'tcp',
) or die "Cannot connect: $!\n";

print $sock "Hello, server!\n";
my $reply = <$sock>;
print "Server says: $reply";
close $sock;

kill 'TERM', $pid; waitpid $pid, 0;
print "server stopped by signal ", $? & 127, "\n";
