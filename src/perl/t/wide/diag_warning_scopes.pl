# Compile-time warnings follow the lexical warnings state: categories,
# `no warnings LIST` in a block, and the state an eval string inherits.
use warnings;
my @a = (1, 2);
my %h = (k => 1);
1 + 2;
{
  no warnings 'void';
  "quiet";
  my $v = @a[0];
}
{
  no warnings qw(syntax);
  my $v = @a[1];
  my @w = qw(a,b);
  "loud";
}
{
  no warnings;
  my @w = qw(x #y);
  my $s = "\z";
}
my @w = qw(p,q);
my $s = "\j";
if (my $t = 5) { }
sub f { 1 }
sub f { 2 }
{ no warnings 'redefine'; eval 'sub f { 3 }'; }
eval 'sub f { 4 }; @h{k}; 7;';
eval 'no warnings; sub f { 5 }; @h{k}; 8;';
$main::once = 1;
our $declared = 1;
print "done ", f(), "\n";
