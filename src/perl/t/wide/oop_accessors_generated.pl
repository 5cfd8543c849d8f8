package Point;
for my $f (qw(x y)) {
    no strict 'refs';
    *{"Point::$f"} = sub { my $s = shift; $s->{$f} = shift if @_; $s->{$f} };
}
sub new { my ($c, %a) = @_; bless {%a}, ref($c) || $c }
sub to_s { my $s = shift; "(" . $s->x . ", " . $s->y . ")" }
package main;
my $p = Point->new(x => 1, y => 2);
$p->x(10);
print $p->to_s, "\n";
my $q = $p->new(x => 0, y => 0);
print ref($q), " ", $q->to_s, "\n";
print Point->can('y') ? "generated\n" : "missing\n";
*Point::sum = sub { $_[0]->x + $_[0]->y };
print $p->sum, "\n";
