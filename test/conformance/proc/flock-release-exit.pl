# A lock dies with its holder: once the child exits, the parent gets the lock.
use strict; use warnings; use Fcntl qw(:flock); use IO::Handle;
pipe(my $r, my $w) or die; $w->autoflush(1);
my $pid = fork // die;
if (!$pid) { close $r; open(my $fh, '>', 'pid.lock') or die; flock($fh, LOCK_EX) or die; print $w "locked\n"; sleep 1; exit 0 }
close $w; my $msg = <$r>; print "child says: $msg";
open(my $fh, '>>', 'pid.lock') or die;
print "while child lives: ", (flock($fh, LOCK_EX | LOCK_NB) ? 'got it' : "busy [$!]"), "\n";
waitpid $pid, 0;
print "after child exit: ", (flock($fh, LOCK_EX | LOCK_NB) ? 'got it' : "busy [$!]"), "\n";
