# A child killed by a signal: $? & 127 is the signal, WIFSIGNALED/WTERMSIG agree.
use POSIX ":sys_wait_h";
my $pid = fork;
if ($pid == 0) { sleep 10; exit 0 }
kill 'TERM', $pid;
waitpid($pid, 0);
print "status $? sig ", $? & 127, " core ", $? & 128, " signaled ", (WIFSIGNALED($?) ? 1 : 0), " termsig ", WTERMSIG($?), "\n";
