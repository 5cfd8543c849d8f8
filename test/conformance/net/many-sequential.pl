# oracle: net timeout=30
# 200 sequential connections to a forked server, each answered.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 64, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) { for (1..200) { my $c = $l->accept or die; my $x = <$c>; print $c "re: $x"; close $c; } exit 0; }
close $l; my $ok = 0;
for my $i (1..200) { my $s = IO::Socket::INET->new("127.0.0.1:$port") or die "conn $i: $!"; print $s "$i\n"; my $r = <$s>; $ok++ if $r eq "re: $i\n"; close $s; }
waitpid $pid, 0; print "answered: $ok\n";
