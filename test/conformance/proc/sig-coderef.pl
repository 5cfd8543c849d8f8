# %SIG with a code ref: the handler gets the signal's name; the value reads back as a CODE ref.
use strict; use warnings;
my @seen;
$SIG{USR1} = sub { push @seen, "anon got $_[0]" };
print "ref: ", ref($SIG{USR1}), "\n";
kill USR1 => $$;
my $named = \&by_ref; $SIG{USR2} = $named;
kill USR2 => $$;
sub by_ref { push @seen, "by_ref got $_[0]" }
print "same ref back: ", ($SIG{USR2} == $named ? 'yes' : 'no'), "\n";
print "$_\n" for @seen;
print "unset reads: ", (defined $SIG{HUP} ? "[$SIG{HUP}]" : 'undef'), "\n";
