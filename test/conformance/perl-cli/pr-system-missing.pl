# system of a missing program: -1, $! says why; a warning under use warnings.
use warnings;
my $r = system('no-such-cmd-xyz', 'a');
print "r=$r \$?=$? [$!]\n";
$r = system('no-such-cmd-xyz');
print "one word: $r [$!]\n";
{ no warnings; $r = system('no-such-cmd-xyz', 'b'); print "silent: $r\n"; }
