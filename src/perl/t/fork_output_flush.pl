print "before fork ";
my $pid = fork();
if (!$pid) { print "child\n"; exit 0 }
waitpid($pid, 0);
print "parent\n";
