# oracle: net
# sysread returns what is there, not what was asked; offsets and lengths of syswrite.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $c = IO::Socket::INET->new("127.0.0.1:$port") or die; my $a = $l->accept;
print "syswrite: ", syswrite($c, "abcdef"), "\n";
select(undef, undef, undef, 0.1);
my $n = sysread($a, my $buf, 100); print "asked 100, got $n: [$buf]\n";
print "syswrite len 3: ", syswrite($c, "0123456789", 3), "\n";
print "syswrite len 4 offset 5: ", syswrite($c, "0123456789", 4, 5), "\n";
print "syswrite offset -2: ", syswrite($c, "0123456789", 10, -2), "\n";
select(undef, undef, undef, 0.1);
$buf = "XY"; $n = sysread($a, $buf, 100, length $buf); print "appended $n: [$buf]\n";
syswrite($c, "tail"); select(undef, undef, undef, 0.1);
$buf = "ab"; $n = sysread($a, $buf, 2, 5); print "offset past end $n: [", join(',', map { ord } split //, $buf), "]\n";
$n = sysread($a, $buf, 2); print "rest $n: [$buf]\n";
my $w = eval { syswrite($c, "abc", 1, 7) }; print "offset outside: ", ($@ =~ /^(Offset outside string)/ ? $1 : "[$@]"), "\n";
