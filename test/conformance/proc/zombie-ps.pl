# An exited child that is not reaped is a zombie (Z in ps); reaping removes it.
use strict; use warnings;
my $pid = fork // die; if (!$pid) { exit 0 }
select(undef, undef, undef, 0.3);
my $stat = `ps -o stat= -p $pid`; $stat =~ s/\s+//g;
my $ppid = `ps -o ppid= -p $pid`; $ppid =~ s/\s+//g;
print "child state starts with Z: ", ($stat =~ /^Z/ ? 'yes' : "no ($stat)"), "\n";
print "its parent is me: ", ($ppid == $$ ? 'yes' : 'no'), "\n";
print "kill 0 on a zombie: ", kill(0, $pid), "\n";
waitpid $pid, 0;
my $after = `ps -o stat= -p $pid`; print "after reaping, ps shows: [", ($after =~ s/\s+//gr), "] status $?\n";
