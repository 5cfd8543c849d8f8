package Vec2;
use overload
    '+' => \&add,
    '-' => sub { my ($a, $b, $swap) = @_; $b = Vec2->new($b, $b) unless ref $b; ($a, $b) = ($b, $a) if $swap; Vec2->new($a->{x} - $b->{x}, $a->{y} - $b->{y}) },
    '*' => sub { Vec2->new($_[0]{x} * $_[1], $_[0]{y} * $_[1]) },
    '==' => sub { $_[0]{x} == $_[1]{x} && $_[0]{y} == $_[1]{y} },
    '""' => sub { "($_[0]{x}, $_[0]{y})" },
    'bool' => sub { $_[0]{x} || $_[0]{y} },
    '<=>' => sub { my ($a, $b, $s) = @_; my $r = $a->len <=> (ref $b ? $b->len : $b); $s ? -$r : $r };
sub new { my ($c, $x, $y) = @_; bless { x => $x, y => $y }, $c }
sub add { my ($a, $b) = @_; Vec2->new($a->{x} + $b->{x}, $a->{y} + $b->{y}) }
sub len { sqrt($_[0]{x} ** 2 + $_[0]{y} ** 2) }
package main;
my $a1 = Vec2->new(1, 2);
my $b1 = Vec2->new(3, 4);
print $a1 + $b1, " ", $b1 - $a1, " ", 5 - $a1, " ", $a1 * 3, "\n";
print $a1 == Vec2->new(1, 2) ? "equal\n" : "differ\n";
print Vec2->new(0, 0) ? "true\n" : "false\n";
print "in string: $a1\n";
my @s = sort { $a <=> $b } (Vec2->new(3, 4), Vec2->new(1, 0), Vec2->new(0, 2));
print "@s\n";
my $c = $a1;
$c += $b1;
print "$c $a1\n";
print $b1 > 4 ? "longer\n" : "shorter\n";
