# %SIG with a sub name, qualified or not; a name that is not defined is fatal when the signal comes.
use strict; use warnings;
sub handler { print "handler got $_[0]\n" }
package Other; sub h { print "Other::h got $_[0]\n" } package main;
$SIG{USR1} = 'handler'; print "stored as: $SIG{USR1}\n";
kill USR1 => $$;
$SIG{USR2} = 'Other::h'; kill USR2 => $$;
$SIG{HUP} = 'main::handler'; kill HUP => $$;
$| = 1;
$SIG{USR1} = 'no_such_sub'; kill USR1 => $$;
print "survived\n";
