# wait and waitpid with no children: -1 and ECHILD.
use POSIX ':sys_wait_h';
my $r = wait; print "wait: $r [$!] ECHILD: ", ($!{ECHILD} ? 'yes' : 'no'), "\n";
$r = waitpid(-1, 0); print "waitpid -1: $r [$!]\n";
$r = waitpid(-1, WNOHANG); print "waitpid -1 WNOHANG: $r [$!]\n";
print "\$? after: $?\n";
