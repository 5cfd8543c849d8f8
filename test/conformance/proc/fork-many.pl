# Twenty children, each exiting with its own number; wait collects all of them.
use strict; use warnings;
my %num;
for my $i (1 .. 20) { my $pid = fork // die "fork $i: $!"; if (!$pid) { exit $i } $num{$pid} = $i }
my ($n, $ok) = (0, 0);
while ((my $pid = wait) > 0) { $n++; $ok++ if $? >> 8 == $num{$pid} }
print "reaped $n, statuses match: $ok\n";
print "pids distinct: ", (keys(%num) == 20 ? 'yes' : 'no'), "\n";
