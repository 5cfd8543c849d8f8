# alarm returns the seconds left on the previous alarm; alarm 0 cancels it.
use strict; use warnings;
print "first: ", alarm(10), "\n";
print "replaced: ", alarm(5), "\n";
print "cancelled: ", alarm(0), "\n";
print "nothing pending: ", alarm(0), "\n";
$SIG{ALRM} = sub { print "rang\n" };
alarm 1;
my $slept = sleep 3; print "sleep cut short after: $slept\n";
