# The forking open: the child of '|-' reads the pipe on STDIN, after what its copy of STDIN had buffered.
use strict; use warnings;
my $l = <STDIN>; print "parent read: $l";
my $pid = open(my $fh, '|-') // die "fork: $!";
if (!$pid) { my @all = <STDIN>; print "child got: ", join('', @all); exit 3 }
print $fh "from parent\n"; close $fh; print "status ", $? >> 8, "\n";
$pid = open($fh, '-|') // die;
if (!$pid) { print "line $_\n" for 1 .. 3; exit 0 }
my @got = <$fh>; my $ok = close $fh; print "got ", scalar(@got), " lines, close ", ($ok ? 'ok' : 'false'), " \$?=$?\n";
