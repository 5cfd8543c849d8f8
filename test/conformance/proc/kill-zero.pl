# kill 0 probes: myself, my parent, a live child, a reaped child.
use strict; use warnings;
print "self: ", kill(0, $$), "\n";
print "parent: ", kill(0, getppid), "\n";
my $pid = fork // die; if (!$pid) { sleep 5; exit 0 }
print "live child: ", kill(0, $pid), "\n";
print "list of two: ", kill(0, $$, $pid), "\n";
kill 'KILL', $pid; waitpid $pid, 0;
my $r = kill(0, $pid); print "reaped child: $r [$!] ESRCH: ", ($!{ESRCH} ? 'yes' : 'no'), "\n";
print "zero pids: ", kill(0), "\n";
