# oracle: net timeout=20
# The chapter's SIGCHLD reaper in a forking server: every worker is reaped, ps finds no zombie.
use strict; use warnings; use IO::Socket::INET; use POSIX ':sys_wait_h';
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 10, ReuseAddr => 1) or die;
my $srv = fork // die;
if (!$srv) {
    $SIG{CHLD} = sub {
        while ((my $pid = waitpid(-1, WNOHANG)) > 0) { }
    };
    my $served = 0;
    while ($served < 4) {
        my $c = $l->accept or next;
        $served++;
        my $pid = fork // die;
        if (!$pid) { my $q = <$c>; print $c "worker $served: $q"; exit 0 }
        close $c;
    }
    for (1 .. 40) { my $z = `ps -o stat= --ppid $$`; last unless $z =~ /Z/; select(undef, undef, undef, 0.05) }
    my @kids = grep { /\S/ } split /\n/, `ps -o stat= --ppid $$`;
    print "server: zombies left: ", scalar(grep { /Z/ } @kids), "\n";
    exit 0;
}
close $l;
for my $i (1 .. 4) { my $s = IO::Socket::INET->new("127.0.0.1:$port") or die; print $s "ping $i\n"; print "client: ", scalar <$s> }
waitpid $srv, 0; print "server exit: $?\n";
