# oracle: net timeout=30
# 200 connections open at once to one IO::Select server; each gets its own answer.
use strict; use warnings; use IO::Socket::INET; use IO::Select;
my $port = $ENV{PORT}; my $N = 200;
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 256, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) {
    my $sel = IO::Select->new($l); my ($accepted, $closed, $max) = (0, 0, 0);
    while ($closed < $N) {
        for my $fh ($sel->can_read(5)) {
            if ($fh == $l) { $sel->add(scalar $l->accept); $accepted++; $max = $sel->count - 1 if $sel->count - 1 > $max; next }
            my $n = sysread($fh, my $buf, 100);
            if (!$n) { $sel->remove($fh); close $fh; $closed++; next }
            syswrite($fh, "re: $buf");
        }
    }
    print "server: accepted $accepted, all open at once: ", ($max == $N ? 'yes' : "no ($max)"), "\n";
    exit 0;
}
close $l;
my @s = map { IO::Socket::INET->new("127.0.0.1:$port") or die "connect $_: $!" } 1 .. $N;
print "client: $N connected\n";
syswrite($s[$_], "$_\n") for 0 .. $N - 1;
my $ok = 0;
for my $i (0 .. $N - 1) { sysread($s[$i], my $r, 100); $ok++ if $r eq "re: $i\n" }
print "client: $ok right answers\n";
close $_ for @s;
waitpid $pid, 0; print "server exit: $?\n";
