# sleep returns the whole seconds it slept; a signal handler cuts it short.
use strict; use warnings;
$SIG{USR1} = sub { print "usr1\n" };
my $pid = fork // die;
if (!$pid) { sleep 1; kill USR1 => getppid; exit 0 }
my $s = sleep 10; print "slept: $s\n";
waitpid $pid, 0;
$SIG{ALRM} = sub {}; alarm 2; $s = sleep 10; print "slept until alarm: $s\n";
$s = sleep 0; print "sleep 0: $s\n";
$SIG{CHLD} = 'DEFAULT'; $pid = fork // die; if (!$pid) { exit 0 }
$s = sleep 1; print "SIGCHLD with default action does not wake: $s\n"; waitpid $pid, 0;
