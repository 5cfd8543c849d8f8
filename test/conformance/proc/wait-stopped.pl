# WUNTRACED reports a stopped child: perl's $? cannot say "stopped" (it reads 0),
# ${^CHILD_ERROR_NATIVE} keeps the raw status; SIGCONT lets the child go on.
use strict; use warnings; use POSIX qw(:sys_wait_h);
my $pid = fork // die;
if (!$pid) { kill STOP => $$; exit 9 }
my $r = waitpid($pid, WUNTRACED);
print "returned the child: ", ($r == $pid ? 'yes' : 'no'), "\n";
print "\$?: $?, WIFSTOPPED(\$?): ", (WIFSTOPPED($?) ? 1 : 0), "\n";
my $native = ${^CHILD_ERROR_NATIVE};
print "native: $native, WIFSTOPPED: ", (WIFSTOPPED($native) ? 1 : 0), " WSTOPSIG: ", WSTOPSIG($native), "\n";
kill CONT => $pid;
waitpid($pid, 0); print "then exited: ", WEXITSTATUS($?), "\n";
