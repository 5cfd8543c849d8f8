# $SIG{CHLD} = 'IGNORE': children are reaped by the kernel, wait finds none, no zombie remains.
use strict; use warnings;
$SIG{CHLD} = 'IGNORE';
my @pids = map { my $p = fork // die; if (!$p) { exit 3 } $p } 1 .. 3;
select(undef, undef, undef, 0.3);
my $left = grep { kill 0, $_ } @pids; print "left behind: $left\n";
my $w = wait; print "wait: $w [$!]\n";
$SIG{CHLD} = 'DEFAULT';
my $p = fork // die; if (!$p) { exit 4 } waitpid $p, 0; print "default again: exit ", $? >> 8, "\n";
