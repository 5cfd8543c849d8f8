# Signals to a process that no longer exists: ESRCH, "No such process".
use strict; use warnings;
my $pid = fork // die; if (!$pid) { exit 0 } waitpid $pid, 0;
my $r = kill 'TERM', $pid; print "kill TERM: $r [$!] ESRCH: ", ($!{ESRCH} ? 'yes' : 'no'), "\n";
$r = kill 0, $pid; print "kill 0: $r [$!]\n";
$SIG{TERM} = 'IGNORE'; $r = kill 'TERM', $$, $pid; print "one of two: $r\n";
$r = kill 'TERM', -$pid; print "group: $r [$!]\n";
