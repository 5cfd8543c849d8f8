# oracle: net
# A dup'ed socket handle keeps the connection open after the original is closed.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
open(my $dup, '>&', $c) or die "dup: $!";
print "different fd: ", (fileno($dup) != fileno($c) ? 'yes' : 'no'), "\n";
close $c;
syswrite($dup, "via dup\n"); print "peer reads: ", scalar <$a>;
close $dup; print "after both closed: ", (defined(<$a>) ? 'data' : 'eof'), "\n";
