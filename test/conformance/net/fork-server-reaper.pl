# oracle: net timeout=20
# A forking server with a SIGCHLD reaper: accept is interrupted (EINTR) and retried,
# every child is reaped, no zombie is left.
use strict; use warnings; use IO::Socket::INET; use POSIX ':sys_wait_h';
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 10, ReuseAddr => 1) or die;
my $srv = fork // die;
if (!$srv) {
    my ($reaped, $served) = (0, 0);
    $SIG{CHLD} = sub { while ((my $pid = waitpid(-1, WNOHANG)) > 0) { $reaped++ } };
    while ($served < 5) {
        my $c = $l->accept;
        if (!$c) { next if $!{EINTR}; die "accept: $!" }
        $served++;
        my $pid = fork // die;
        if (!$pid) { my $line = <$c>; print $c "child says: $line"; close $c; exit 0 }
        close $c;
    }
    for (1 .. 100) { last if $reaped == 5; select(undef, undef, undef, 0.05) }
    print "server: reaped $reaped of $served\n";
    exit 0;
}
close $l;
for my $i (1 .. 5) { my $s = IO::Socket::INET->new("127.0.0.1:$port") or die "client $i: $!"; print $s "hello $i\n"; print "client $i: ", scalar <$s>; }
waitpid $srv, 0; print "server exit: $?\n";
