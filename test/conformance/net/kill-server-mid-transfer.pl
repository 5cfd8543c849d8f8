# oracle: net timeout=15
# The writing server is killed mid-transfer: the client's reads end (EOF) and nothing is left running.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) { my $a = $l->accept; my $chunk = 'q' x 4096; syswrite($a, $chunk) for 1 .. 1000000; exit 0 }
close $l;
my $s = IO::Socket::INET->new("127.0.0.1:$port") or die;
my $got = 0; for (1 .. 20) { $got += sysread($s, my $b, 4096) }
print "reading: ", ($got > 0 ? 'yes' : 'no'), "\n";
kill 'KILL', $pid; waitpid $pid, 0; print "server killed by signal ", $? & 127, "\n";
my ($reads, $end) = (0, '');
while ($reads++ < 1000000) { my $n = sysread($s, my $b, 65536); if (!$n) { $end = defined $n ? 'eof' : "error $!"; last } }
print "client sees: $end\n";
print "server gone: ", (kill(0, $pid) ? 'no' : 'yes'), "\n";
