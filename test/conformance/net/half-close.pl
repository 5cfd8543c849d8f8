# oracle: net
# shutdown(1) sends EOF while the other direction stays open.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) {
    my $c = $l->accept; my @lines = <$c>;
    print $c "server read ", scalar(@lines), " lines\n"; close $c; exit 0;
}
my $s = IO::Socket::INET->new("127.0.0.1:$port") or die;
print $s "one\ntwo\nthree\n";
shutdown($s, 1) or die "shutdown: $!";
print "reply: ", <$s>;
print "then: ", (defined(<$s>) ? "data" : "eof"), "\n";
waitpid $pid, 0;
