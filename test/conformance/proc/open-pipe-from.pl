# open '-|': from a command (close sets $?), and the forking form with no command.
use strict; use warnings;
open(my $fh, '-|', 'printf', 'one\ntwo\n') or die; my @l = <$fh>; my $ok = close $fh;
print "read ", scalar(@l), " lines, close: ", ($ok ? 'ok' : 'false'), " \$?=$?\n";
open($fh, '-|', 'sh -c "echo partial; exit 4"') or die; my $x = <$fh>; $ok = close $fh;
print "got [", $x =~ s/\n//r, "] close: ", ($ok ? 'ok' : 'false'), " exit ", $? >> 8, " \$!=[", ($! + 0), "]\n";
$ENV{PARENT} = $$;
my $pid = open($fh, "-|") // die "fork: $!";
if (!$pid) { print "from the child, parent is ", (getppid == $ENV{PARENT} ? 'right' : 'wrong'), "\n"; exit 5 }
print "parent reads: ", scalar <$fh>; close $fh; print "forked child exit ", $? >> 8, "\n";
open($fh, '-|', 'no-such-program-xyz') ? print "opened\n" : print "missing: [$!]\n";
open($fh, "echo two-arg form |") or die; print "two-arg: ", scalar <$fh>; close $fh;
