package D;
sub new { bless {}, shift }
sub DESTROY { die "in destroy\n" }
package main;
{ my $d = D->new; }
print "after scope\n";
