# Signals by name, with SIG prefix, by number, and as negative names.
use strict; use warnings;
my @got; $SIG{USR1} = sub { push @got, "USR1($_[0])" }; $SIG{USR2} = sub { push @got, "USR2($_[0])" };
$SIG{HUP} = sub { push @got, "HUP($_[0])" };
print "by name: ", kill('USR1', $$), "\n";
print "with SIG: ", kill('SIGUSR2', $$), "\n";
print "by number 1: ", kill(1, $$), "\n";
print "lower case: ", (eval { kill('usr1', $$) } // "died: $@");
print "fat comma: ", kill(USR2 => $$), "\n";
print "negative number: ", kill(-10, $$), "\n";
print "got: @got\n";
use Config; my @names = split ' ', $Config{sig_name};
print "numbers: HUP=1 INT=2 KILL=9 USR1=", (grep { $names[$_] eq 'USR1' } 0 .. $#names), " TERM=", (grep { $names[$_] eq 'TERM' } 0 .. $#names), " CHLD=", (grep { $names[$_] eq 'CHLD' } 0 .. $#names), "\n";
