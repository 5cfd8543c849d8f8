# How $? encodes an exit code and a death by signal.
use strict; use warnings;
sub show { my ($what, $code) = @_; my $pid = fork // die; if (!$pid) { $code->(); exit 0 } waitpid $pid, 0;
  printf "%-14s \$?=%-5d exit=%-3d signal=%-2d core=%d\n", $what, $?, $? >> 8, $? & 127, ($? & 128) ? 1 : 0 }
show('exit 0', sub { exit 0 });
show('exit 3', sub { exit 3 });
show('exit 255', sub { exit 255 });
show('exit 256', sub { exit 256 });
show('die', sub { die "dying\n" });
show('kill TERM', sub { kill 'TERM', $$; sleep 5 });
show('kill KILL', sub { kill 'KILL', $$; sleep 5 });
show('kill INT', sub { kill 'INT', $$; sleep 5 });
