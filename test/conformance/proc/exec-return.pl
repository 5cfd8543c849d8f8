# exec replaces the process; a failed exec returns false with $! and warns.
use strict; use warnings;
$| = 1;
my $pid = fork // die;
if (!$pid) { exec 'echo', 'from exec', 'args'; print "not reached\n"; exit 1 }
waitpid $pid, 0; print "status $?\n";
$SIG{__WARN__} = sub { my $w = shift; $w =~ s/ at \S+ line \d+\.\n//; print "warning: $w\n" };
my $r = exec 'no-such-program-xyz', 'arg';
print "exec failed: [", (defined $r ? $r : 'undef'), "] [$!]\n";
$r = exec { 'sh' } 'custom-name', '-c', 'echo "argv0 is $0"';
