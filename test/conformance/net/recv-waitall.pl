# oracle: net
# recv with MSG_WAITALL waits for the whole count across several writes; EOF ends the wait with what came.
use IO::Socket::INET; use Socket qw(MSG_WAITALL); use Time::HiRes qw(sleep);
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) {
    my $s = IO::Socket::INET->new("127.0.0.1:$port") or die;
    for my $i (1 .. 5) { syswrite($s, "part$i;"); sleep 0.05 }
    syswrite($s, "tail"); sleep 0.05; close $s; exit 0;
}
my $c = $l->accept;
recv($c, my $buf, 30, 0); print "plain recv of 30: [$buf]\n";
recv($c, $buf, 24, MSG_WAITALL); print "MSG_WAITALL of 24: [$buf]\n";
my $r = recv($c, $buf, 100, MSG_WAITALL); print "MSG_WAITALL of 100 until EOF: [$buf], ", (defined $r ? 'defined' : 'undef'), "\n";
$r = recv($c, $buf, 10, MSG_WAITALL); print "at EOF: [", length $buf, "]\n";
waitpid $pid, 0; print "child exit: $?\n";
