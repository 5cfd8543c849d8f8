my $pid = fork();
if (!$pid) { sleep 10; exit 0 }
kill 'TERM', $pid;
waitpid($pid, 0);
print "signal ", $? & 127, "\n";
