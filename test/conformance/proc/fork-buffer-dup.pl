# perl flushes its output buffers before fork, so nothing buffered is printed twice.
use strict; use warnings;
print "buffered before fork\n";
my $pid = fork // die; if (!$pid) { print "child\n"; exit 0 } waitpid $pid, 0;
print "parent\n";
$| = 1; print "flushed before fork\n"; $| = 0;
$pid = fork // die; if (!$pid) { print "child 2\n"; exit 0 } waitpid $pid, 0;
print "parent 2\n";
