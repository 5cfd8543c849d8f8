# Two processes, one lock: LOCK_EX|LOCK_NB fails with EWOULDBLOCK while the other holds it.
use strict; use warnings; use Fcntl qw(:flock);
open(my $fh, '>', 'lockfile') or die; flock($fh, LOCK_EX) or die;
print "parent holds the lock\n";
my $pid = fork // die;
if (!$pid) {
    open(my $c, '>>', 'lockfile') or die;
    my $ok = flock($c, LOCK_EX | LOCK_NB);
    print "child: ", ($ok ? 'got it' : "failed [$!] EWOULDBLOCK: " . ($!{EWOULDBLOCK} ? 'yes' : 'no') . " EAGAIN: " . ($!{EAGAIN} ? 'yes' : 'no')), "\n";
    $ok = flock($c, LOCK_SH | LOCK_NB); print "child shared: ", ($ok ? 'got it' : "failed [$!]"), "\n";
    exit 0;
}
waitpid $pid, 0;
my $dup = fork // die;
if (!$dup) { my $ok = flock($fh, LOCK_EX | LOCK_NB); print "child on the inherited handle: ", ($ok ? 'got it' : "failed [$!]"), "\n"; exit 0 }
waitpid $dup, 0;
flock($fh, LOCK_UN) or die; print "parent unlocked\n";
$pid = fork // die;
if (!$pid) { open(my $c, '>>', 'lockfile') or die; print "child after unlock: ", (flock($c, LOCK_EX | LOCK_NB) ? 'got it' : "failed [$!]"), "\n"; exit 0 }
waitpid $pid, 0;
