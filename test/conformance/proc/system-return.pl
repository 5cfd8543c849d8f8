# system's return value and $? for exit codes, signals, a missing program, and the shell form.
use strict; use warnings;
$| = 1;
my $r = system('true'); print "true: $r \$?=$?\n";
$r = system('false'); print "false: $r \$?=$?\n";
$r = system('sh', '-c', 'exit 3'); print "exit 3: $r exit ", $? >> 8, "\n";
$r = system('kill -TERM $$'); print "killed itself: $r signal ", $? & 127, "\n";
$r = system('no-such-program-xyz'); print "missing (list of one): $r [$!] \$?=$?\n";
$r = system('no-such-program-xyz', 'arg'); print "missing (list): $r [$!]\n";
$r = system('echo shell form | tr a-z A-Z'); print "pipeline: $r\n";
$r = system('exit 300'); print "exit 300: ", $? >> 8, "\n";
