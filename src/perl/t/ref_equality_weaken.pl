use Scalar::Util qw(weaken);
package Node; sub new { bless { name => $_[1] }, $_[0] } sub DESTROY { print "free $_[0]{name}\n" }
package main;
{
  my $parent = Node->new("parent");
  my $child = Node->new("child");
  $parent->{child} = $child;
  $child->{parent} = $parent;
  weaken($child->{parent});
  print "weak set\n";
}
print "after scope\n";
