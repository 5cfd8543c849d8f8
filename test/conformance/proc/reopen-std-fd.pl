# Reopening STDOUT/STDERR keeps fds 1 and 2: children started later write to the new files.
use strict; use warnings;
open(my $save, '>&', \*STDOUT) or die;
open(STDOUT, '>', 'out.txt') or die; $| = 1;
print "from perl\n"; system('echo', 'from a child');
open(STDERR, '>', 'err.txt') or die; system('sh', '-c', 'echo to fd 2 >&2');
my @fn = (fileno(STDOUT), fileno(STDERR));
open(STDOUT, '>&', $save) or die;
print "filenos: @fn, now ", fileno(STDOUT), "\n";
open(my $in, '<', 'out.txt') or die; print "out.txt: $_" while <$in>;
open($in, '<', 'err.txt') or die; print "err.txt: $_" while <$in>;
