# Compile-time warnings about declarations and common slips (perldiag).
use warnings;
my $x = 1;
my $x = 2;
our $y; our $y;
{ our $y; }
package Other { our $y; }
my @a; my @a;
for my $i (1) { my $i = 2 }
my ($p, $p);
print (1) . "\n";
print ("a");
print "\n";
sub r { return 0 or die "not reached"; }
print r(), "\n";
my $z = 1_000__0;
if (@a =~ /x/) {}
sub s1 { my $v; { my $v; } my $v; }
{ no warnings 'shadow'; my $q; my $q; }
print "ok\n";
