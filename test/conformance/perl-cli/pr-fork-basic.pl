# fork: 0 in the child, the child's pid in the parent; waitpid returns it and sets $?.
my $parent = $$;
my $pid = fork;
die "fork: $!" unless defined $pid;
if ($pid == 0) { print "child: ppid is parent: ", (getppid == $parent ? "yes" : "no"), "\n"; exit 3 }
my $got = waitpid($pid, 0);
print "parent: waited the child: ", ($got == $pid ? "yes" : "no"), "\n";
print "status: $? exit ", $? >> 8, "\n";
print "pid differs: ", ($pid != $$ ? "yes" : "no"), "\n";
