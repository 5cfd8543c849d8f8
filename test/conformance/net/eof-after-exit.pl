# oracle: net
# A client process that exits without closing: the server's reads see EOF.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) { my $s = IO::Socket::INET->new("127.0.0.1:$port") or die; print $s "last words\n"; exit 3 }
my $a = $l->accept;
waitpid $pid, 0; print "client exited with ", $? >> 8, "\n";
print "line: ", scalar <$a>;
my $line = <$a>; print "readline: ", (defined $line ? "[$line]" : 'undef'), " eof: ", (eof($a) ? 1 : 0), "\n";
my $n = sysread($a, my $buf, 10); print "sysread: $n\n";
