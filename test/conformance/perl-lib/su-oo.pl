use strict;
use warnings;
use Scalar::Util qw(blessed reftype looks_like_number weaken refaddr);
package Shape;
sub new { my ($c, %a) = @_; return bless {%a}, $c }
sub area { 0 }
package Circle;
our @ISA = ('Shape');
sub area { 3 * $_[0]{r} ** 2 }
package main;
my @things = (Shape->new, Circle->new(r => 2), { r => 1 }, 'Circle', 42, [1]);
for my $t (@things) {
    if (blessed($t) && $t->can('area')) { printf "%s area %d isa Shape %d\n", ref $t, $t->area, $t->isa('Shape') ? 1 : 0 }
    elsif (ref $t) { print "plain ", reftype($t), "\n" }
    else { print "scalar $t num=", (looks_like_number($t) ? 1 : 0), "\n" }
}
my %registry;
my $c = Circle->new(r => 1);
$registry{refaddr $c} = 'one';
print "registry: ", $registry{refaddr $c}, "\n";
print "string vs refaddr: ", ("$c" =~ /^Circle=HASH\(0x([0-9a-f]+)\)$/ && hex($1) == refaddr($c) ? 'consistent' : 'differs'), "\n";
my $node = { name => 'child' };
my $parent = { name => 'root', kids => [$node] };
$node->{parent} = $parent;
weaken $node->{parent};
print "parent name: $node->{parent}{name}\n";
undef $parent;
print "parent gone: ", (defined $node->{parent} ? 'no' : 'yes'), "\n";
my @nums = grep { looks_like_number $_ } qw(10 abc 3.5 -2 1e3 0b1), '';
print "numbers: @nums\n";
