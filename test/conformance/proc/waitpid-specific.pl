# waitpid on one pid: WNOHANG 0 while it runs, then its pid; waiting again is -1 ECHILD.
use strict; use warnings; use POSIX ':sys_wait_h';
pipe(my $r, my $w) or die;
my $pid = fork // die; if (!$pid) { close $w; <$r>; exit 7 }
close $r;
print "running: ", waitpid($pid, WNOHANG), "\n";
close $w;
my $got = waitpid($pid, 0); print "same pid: ", ($got == $pid ? 'yes' : 'no'), " status ", $? >> 8, "\n";
print "WIFEXITED ", (WIFEXITED($?) ? 1 : 0), " WEXITSTATUS ", WEXITSTATUS($?), " WIFSIGNALED ", (WIFSIGNALED($?) ? 1 : 0), "\n";
$got = waitpid($pid, 0); print "again: $got [$!]\n";
my $k = fork // die; if (!$k) { kill 'HUP', $$; sleep 5; exit 0 }
waitpid($k, 0); print "signalled: WIFSIGNALED ", (WIFSIGNALED($?) ? 1 : 0), " WTERMSIG ", WTERMSIG($?), "\n";
