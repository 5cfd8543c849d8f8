# oracle: net
# A signal during <$sock>: the handler runs, and readline goes on reading.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) { my $s = IO::Socket::INET->new("127.0.0.1:$port") or die; sleep 2; print $s "late line\n"; sleep 1; exit 0; }
my $c = $l->accept;
$SIG{ALRM} = sub { print "alarm during read\n" };
alarm 1;
my $line = <$c>;
print defined $line ? "line: $line" : "undef: $!\n";
waitpid $pid, 0;
