# exit in a child runs END blocks and flushes; POSIX::_exit does neither.
use strict; use warnings; use POSIX ();
END { print "END in ", ($$ == $main::parent ? 'parent' : 'child'), "\n" }
our $parent = $$; $| = 0;
my $pid = fork // die; if (!$pid) { print "child with exit\n"; exit 0 } waitpid $pid, 0;
$pid = fork // die; if (!$pid) { print "child with _exit (lost)\n"; POSIX::_exit(3) } waitpid $pid, 0;
print "_exit status: ", $? >> 8, "\n";
