# oracle: net timeout=15
# The reading client is killed mid-transfer: the writing server gets an error
# (EPIPE or ECONNRESET) instead of hanging, and exits.
use IO::Socket::INET; use Errno qw(EPIPE ECONNRESET);
$SIG{PIPE} = 'IGNORE';
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
pipe(my $r, my $w) or die;
my $pid = fork // die;
if (!$pid) { close $r; my $s = IO::Socket::INET->new("127.0.0.1:$port") or die; sysread($s, my $b, 1000); close $w; sleep 30; exit 0 }
close $w;
my $a = $l->accept; my $chunk = 'z' x 65536; my ($sent, $err) = (0, 0);
syswrite($a, $chunk); my $x = <$r>;
kill 'KILL', $pid; waitpid $pid, 0; print "client killed by signal ", $? & 127, "\n";
for (1 .. 2000) { my $n = syswrite($a, $chunk); if (!defined $n) { $err = $! + 0; last } $sent += $n }
print "server write failed: ", ($err ? 'yes' : 'no'), "\n";
print "error is EPIPE or ECONNRESET: ", ($err == EPIPE || $err == ECONNRESET ? 'yes' : "no ($err)"), "\n";
