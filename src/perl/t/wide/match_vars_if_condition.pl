# A match in an if/unless/elsif condition sets $1 for the rest of the enclosing block.
my $s = "key=value";
{
  unless ($s =~ /^(\w+)=(\w+)$/) { die "no match" }
  print "after unless: $1 $2\n";
}
if ("x1" =~ /(\d)/) { "zz" =~ /(z)/; print "inside: $1\n" }
print "after if: $1\n";
{
  if ("a" =~ /(b)/) { } elsif ("n7" =~ /(\d)/) { print "elsif: $1\n" } else { }
  print "after elsif: $1\n";
}
print "outer: $1\n";
sub f { unless ("ab" =~ /(b)/) { return "none" } return $1 } print f(), "\n";
if ("q" =~ /(x)/) { } print "failed match keeps: $1\n";
for my $w (qw(a1 b2)) { if ($w =~ /(\d)/) { } print "loop $1\n" }
