# local $SIG{ALRM} lasts for its block; the old handler comes back after.
use strict; use warnings;
$SIG{ALRM} = sub { print "outer handler\n" };
{
    local $SIG{ALRM} = sub { print "inner handler\n" };
    kill ALRM => $$;
}
kill ALRM => $$;
sub f { local $SIG{USR1} = 'IGNORE'; kill USR1 => $$; print "in f: ignored\n" }
f();
print "after f: ", (defined $SIG{USR1} ? $SIG{USR1} : 'undef'), "\n";
{ local $SIG{ALRM}; print "local without value: ", (defined $SIG{ALRM} ? 'defined' : 'undef'), "\n" }
print "restored: ", ref $SIG{ALRM}, "\n";
