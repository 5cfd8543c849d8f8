# Unknown signal names: kill dies, %SIG warns.
use strict; use warnings;
$SIG{__WARN__} = sub { print "warning: $_[0]" };
$SIG{FOO} = sub {};
print "stored: ", (exists $SIG{FOO} ? 'yes' : 'no'), "\n";
my $r = eval { kill 'FOO', $$ }; print "kill FOO: ", (defined $r ? $r : 'undef'), " error: $@";
$r = eval { kill 'SIGFOO', $$ }; print "kill SIGFOO: error: $@";
$r = eval { kill 'ZERO', $$ }; print "kill ZERO: [$r] error: [$@]\n";
$r = kill 99, $$; print "kill 99: $r [$!]\n";
print "name of 0: [", (defined $SIG{ZERO} ? 'defined' : 'undef'), "]\n";
