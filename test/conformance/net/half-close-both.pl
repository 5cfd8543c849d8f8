# oracle: net
# Half-close in both directions: each side shuts its writing end and keeps reading.
use IO::Socket::INET;
$SIG{PIPE} = "IGNORE";
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
$a->autoflush(1); $c->autoflush(1);
print $a "from server\n"; shutdown($a, 1);
print "client reads: ", scalar <$c>; print "client then: ", (defined(<$c>) ? 'data' : 'eof'), "\n";
print $c "client still writes\n";
print "server reads: ", scalar <$a>;
shutdown($c, 1);
print "server then: ", (defined(<$a>) ? 'data' : 'eof'), "\n";
my $n = syswrite($c, "x"); print "client write after its shutdown: ", (defined $n ? $n : "undef [$!]"), "\n";
