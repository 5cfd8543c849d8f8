# waitpid with WNOHANG: 0 while the child runs, its pid once it has exited, -1 after.
use POSIX ":sys_wait_h";
my $pid = fork;
if ($pid == 0) { sleep 2; exit 7 }
my $r = waitpid($pid, WNOHANG); print "running: $r\n";
sleep 3;
$r = waitpid($pid, WNOHANG); print "exited: ", ($r == $pid ? "pid" : $r), " code ", WEXITSTATUS($?), " exited ", (WIFEXITED($?) ? 1 : 0), "\n";
$r = waitpid($pid, WNOHANG); print "again: $r\n";
