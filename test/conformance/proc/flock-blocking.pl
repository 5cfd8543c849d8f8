# A blocking LOCK_EX waits until the holder unlocks; the order of events is fixed by the lock.
use strict; use warnings; use Fcntl qw(:flock); use IO::Handle;
$| = 1;
open(my $fh, '>', 'lockfile') or die; flock($fh, LOCK_EX) or die;
pipe(my $r, my $w) or die; $w->autoflush(1);
my $pid = fork // die;
if (!$pid) {
    close $r; close $fh; open(my $c, ">>", "lockfile") or die;
    print $w "waiting\n"; flock($c, LOCK_EX) or die; print "child: got the lock\n"; exit 0;
}
close $w; my $m = <$r>; print "child is $m";
select(undef, undef, undef, 0.3);
print "parent: unlocking\n";
close $fh;
waitpid $pid, 0; print "child exit: $?\n";
