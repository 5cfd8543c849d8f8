# Shared locks coexist; an exclusive one must wait for all of them; upgrade and downgrade.
use strict; use warnings; use Fcntl qw(:flock);
open(my $a, '<', '/dev/null') or die; open(my $f1, '>', 'shared') or die; open(my $f2, '<', 'shared') or die; open(my $f3, '<', 'shared') or die;
print "sh 1: ", (flock($f1, LOCK_SH | LOCK_NB) ? 'ok' : "[$!]"), "\n";
print "sh 2: ", (flock($f2, LOCK_SH | LOCK_NB) ? 'ok' : "[$!]"), "\n";
print "ex 3: ", (flock($f3, LOCK_EX | LOCK_NB) ? 'ok' : "[$!]"), "\n";
print "upgrade 1 to ex: ", (flock($f1, LOCK_EX | LOCK_NB) ? 'ok' : "[$!]"), "\n";
flock($f2, LOCK_UN);
print "upgrade 1 after 2 let go: ", (flock($f1, LOCK_EX | LOCK_NB) ? 'ok' : "[$!]"), "\n";
print "sh 2 again: ", (flock($f2, LOCK_SH | LOCK_NB) ? 'ok' : "[$!]"), "\n";
print "downgrade 1: ", (flock($f1, LOCK_SH | LOCK_NB) ? 'ok' : "[$!]"), "\n";
print "sh 2 now: ", (flock($f2, LOCK_SH | LOCK_NB) ? 'ok' : "[$!]"), "\n";
print "closed handle: ", (do { close $f3; no warnings; flock($f3, LOCK_SH) } ? 'ok' : "[$!]"), "\n";
