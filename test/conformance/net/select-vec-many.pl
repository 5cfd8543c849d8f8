# oracle: net
# 4-arg select with vec masks over several sockets: the count and which bits stay set.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my @c = map { IO::Socket::INET->new("127.0.0.1:$port") or die } 1 .. 3;
my @a = map { scalar $l->accept } 1 .. 3;
sub mask { my $m = ''; vec($m, fileno($_), 1) = 1 for @_; $m }
sub which { my ($m, @h) = @_; join(',', map { vec($m, fileno($h[$_]), 1) ? $_ : () } 0 .. $#h) || '-' }
my $rin = mask(@a);
my ($n, $left) = select(my $rout = $rin, undef, undef, 0.2);
print "nothing to read: $n, mask cleared: ", ($rout =~ /^\0*$/ ? 'yes' : 'no'), "\n";
syswrite($c[0], "a"); syswrite($c[2], "c"); select(undef, undef, undef, 0.1);
$n = select($rout = $rin, undef, undef, 1); print "readable: $n [", which($rout, @a), "]\n";
my $win = mask(@a);
$n = select(undef, my $wout = $win, undef, 0); print "writable: $n [", which($wout, @a), "]\n";
$n = select($rout = $rin, $wout = $win, undef, 0); print "both: $n read [", which($rout, @a), "] write [", which($wout, @a), "]\n";
close $c[1]; select(undef, undef, undef, 0.1);
$n = select($rout = $rin, undef, undef, 0); print "after a close: $n [", which($rout, @a), "]\n";
my $lm = mask($l); $n = select($rout = $lm, undef, undef, 0); print "listener idle: $n\n";
my $extra = IO::Socket::INET->new("127.0.0.1:$port"); select(undef, undef, undef, 0.1);
$n = select($rout = $lm, undef, undef, 0); print "listener with pending: $n\n";
my $e = mask(@a); $n = select(undef, undef, $e, 0); print "exceptions: $n\n";
