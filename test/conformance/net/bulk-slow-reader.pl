# oracle: net timeout=30
# 4 MB through a reader that sleeps: flow control blocks the writer, no byte is lost.
use IO::Socket::INET; use Time::HiRes qw(sleep);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) {
    my $s = IO::Socket::INET->new("127.0.0.1:$port") or die;
    my $chunk = join('', map { chr(65 + $_ % 26) } 0 .. 65535);
    my $sent = 0; $sent += syswrite($s, $chunk) for 1 .. 64;
    print "writer sent $sent\n"; close $s; exit 0;
}
my $c = $l->accept; my ($total, $sum) = (0, 0); my $reads = 0;
while (my $n = sysread($c, my $buf, 65536)) {
    $total += $n; $sum = ($sum + unpack('%32C*', $buf)) % 4294967296; sleep 0.01 if ++$reads % 8 == 0;
}
waitpid $pid, 0;
print "reader got $total bytes, checksum $sum\n";
