# A PID file naming a dead process: kill 0 says ESRCH, the file is stale and replaced.
use strict; use warnings;
my $pid = fork // die; if (!$pid) { exit 0 } waitpid $pid, 0;
open(my $fh, '>', 'app.pid') or die; print $fh "$pid\n"; close $fh;
sub check {
    open(my $in, '<', 'app.pid') or return 'no pid file';
    my $p = <$in>; chomp $p;
    return 'running' if kill 0, $p;
    return $!{ESRCH} ? "stale ($!)" : "unknown ($!)";
}
print "check: ", check(), "\n";
open($fh, '>', 'app.pid') or die; print $fh "$$\n"; close $fh;
print "after rewrite: ", check(), "\n";
unlink 'app.pid'; print "removed: ", check(), "\n";
open($fh, '>', 'app.pid') or die; print $fh "garbage\n"; close $fh;
my $g = eval { check() }; print "garbage: ", (defined $g ? $g : "died: $@");
