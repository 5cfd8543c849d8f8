package Obj;
sub new { bless { n => $_[1] }, $_[0] }
sub DESTROY { print "DESTROY $_[0]{n}\n" }
package main;
our $global = Obj->new("global");
my $cyc = Obj->new("cycle");
$cyc->{self} = $cyc;
END { print "END block\n" }
print "main done\n";
