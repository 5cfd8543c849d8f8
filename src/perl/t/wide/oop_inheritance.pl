package Animal;
sub new { my ($class, %a) = @_; my $self = bless { name => $a{name} || 'x', sound => 'generic' }, $class; $self->init; return $self }
sub init { }
sub speak { my $s = shift; return sprintf "%s the %s says %s", $s->{name}, lc ref $s, $s->sound }
sub sound { $_[0]{sound} }
package Dog;
our @ISA = ('Animal');
sub init { $_[0]{tricks} = [] }
sub sound { 'Woof' }
sub add_trick { my $s = shift; push @{ $s->{tricks} }, @_; return $s }
package Puppy;
use parent -norequire, 'Dog';
sub sound { my $s = shift; return lc($s->SUPER::sound()) . '!' }
package main;
my $d = Dog->new(name => 'Rex');
print $d->speak, "\n";
my $p = Puppy->new(name => 'Bit');
print $p->speak, "\n";
print scalar @{ $p->add_trick('sit')->add_trick('roll')->{tricks} }, "\n";
print Puppy->can('add_trick') ? "can\n" : "cannot\n";
print Puppy->can('fly') ? "can\n" : "cannot\n";
print $p->isa('Animal') ? 1 : 0, Puppy->isa('Dog') ? 1 : 0, $d->isa('Puppy') ? 1 : 0, "\n";
print $p->DOES('Dog') ? 1 : 0, UNIVERSAL::isa($p, 'HASH') ? 1 : 0, UNIVERSAL::isa([], 'ARRAY') ? 1 : 0, "\n";
my $m = "speak";
print $d->$m(), "\n";
my $cref = $d->can('sound');
print $d->$cref(), "\n";
my $class = "Dog";
print $class->new(name => 'Dyn')->speak, "\n";
