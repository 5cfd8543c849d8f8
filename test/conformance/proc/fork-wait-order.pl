# Children exit in an order the parent dictates (each waits for its token on a pipe);
# wait returns them in that order.
use strict; use warnings; use IO::Handle;
my (@pids, @w);
for my $i (0 .. 2) {
    pipe(my $r, my $w) or die; $w->autoflush(1);
    my $pid = fork // die;
    if (!$pid) { close $w; my $t = <$r>; exit 10 + $i }
    close $r; push @pids, $pid; push @w, $w;
}
my %idx = map { $pids[$_] => $_ } 0 .. 2;
for my $i (2, 0, 1) {
    print { $w[$i] } "go\n"; close $w[$i];
    my $pid = wait; print "reaped child $idx{$pid}, exit ", $? >> 8, "\n";
}
print "no more: ", wait, "\n";
