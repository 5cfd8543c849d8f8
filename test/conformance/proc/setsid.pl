# setsid in a child makes a new session and group led by it; a group leader cannot.
use strict; use warnings; use POSIX qw(setsid);
my $pid = fork // die;
if (!$pid) {
    my $sid = setsid(); print "setsid returned my pid: ", ($sid == $$ ? 'yes' : 'no'), "\n";
    print "pgrp is my pid: ", (getpgrp() == $$ ? 'yes' : 'no'), "\n";
    my $ps = `ps -o sid= -p $$`; $ps =~ s/\s//g; print "ps sid is my pid: ", ($ps == $$ ? 'yes' : 'no'), "\n";
    my $tty = `ps -o tty= -p $$`; $tty =~ s/\s//g; print "controlling tty: $tty\n";
    my $again = setsid(); print "setsid again: ", (defined $again ? $again : "undef [$!]"), "\n";
    exit 0;
}
waitpid $pid, 0;
my $mine = `ps -o sid= -p $$`; $mine =~ s/\s//g; print "parent not a session leader: ", ($mine != $$ ? 'yes' : 'no'), "\n";
