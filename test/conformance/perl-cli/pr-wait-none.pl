# wait and waitpid without children return -1 and set $? to -1 and $! to ECHILD.
my $r = wait; print "wait: $r \$?=$? [$!]\n";
$r = waitpid(-1, 0); print "waitpid -1: $r \$?=$?\n";
$r = waitpid(12345678, 0); print "waitpid pid: $r [$!]\n";
