package Res;
sub new { my ($c, $n) = @_; print "new $n\n"; bless { n => $n }, $c }
sub DESTROY { my $s = shift; print "destroy $s->{n}\n" }
package main;
{
  my $a = Res->new("a");
  print "in block\n";
}
print "after block\n";
my $b = Res->new("b");
$b = undef;
print "after undef\n";
my $c = Res->new("c");
$c = Res->new("d");
print "after reassign\n";
my %h = (k => Res->new("e"));
delete $h{k};
print "after delete\n";
sub f { my $x = Res->new("f"); return 1 }
f();
print "after sub\n";
Res->new("temp");
print "after temp\n";
my $keep = Res->new("g");
print "end of main\n";
