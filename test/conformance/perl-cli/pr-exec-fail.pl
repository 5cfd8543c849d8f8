# exec of a missing program returns false with $! set; perl warns under warnings.
use warnings;
my $r = exec 'no-such-program-abc', 'x';
print "returned: ", ($r ? "true" : "false"), " [$!] errno ", $! + 0, "\n";
{ no warnings; exec 'no-such-program-abc' or print "silent: $!\n"; }
