# Process groups: POSIX::getpgrp, setpgid(0,0), setpgid from the parent, getpgrp($pid).
use strict; use warnings; use POSIX ();
print "builtin and POSIX agree: ", (getpgrp() == POSIX::getpgrp() ? 'yes' : 'no'), "\n";
print "getpgrp(0) is mine: ", (getpgrp(0) == getpgrp() ? 'yes' : 'no'), "\n";
pipe(my $r, my $w) or die;
my $pid = fork // die;
if (!$pid) { close $w; print "child starts in parent's group: ", (getpgrp() == getpgrp(getppid) ? 'yes' : 'no'), "\n";
  POSIX::setpgid(0, 0) or die; print "child after setpgid(0,0) leads: ", (getpgrp() == $$ ? 'yes' : 'no'), "\n"; <$r>; exit 0 }
select(undef, undef, undef, 0.3);
print "parent sees child's group: ", (getpgrp($pid) == $pid ? 'yes' : 'no'), "\n";
my $k = fork // die; if (!$k) { close $w; <$r>; exit 0 }
print "setpgid(child, other group): ", (POSIX::setpgid($k, $pid) ? 'ok' : "failed [$!]"), "\n";
print "moved: ", (getpgrp($k) == $pid ? 'yes' : 'no'), "\n";
print "setpgid to a missing group: ", (POSIX::setpgid($k, 999999) ? 'ok' : "failed [$!]"), "\n";
print "setpgrp builtin: ", (setpgrp($k, $k) ? 'ok' : "failed [$!]"), ", leads: ", (getpgrp($k) == $k ? 'yes' : 'no'), "\n";
close $w; waitpid $_, 0 for $pid, $k;
