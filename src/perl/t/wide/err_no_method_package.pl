package Bar; sub new { bless {}, shift }
package main;
my $o = Bar->new;
eval { $o->frob };
print "1: $@";
eval { Missing->new };
print "2: $@";
eval { Bar->nope(1) };
print "3: $@";
