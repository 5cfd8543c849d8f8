package Animal;
sub new { my ($class, %args) = @_; my $self = { name => $args{name} || 'x', sound => 'generic' }; return bless $self, $class; }
sub speak { my $self = shift; return sprintf("%s says %s", $self->{name}, $self->sound) }
sub sound { my $self = shift; return $self->{sound} }
sub name { $_[0]{name} }
package Dog;
our @ISA = ('Animal');
sub new { my ($class, %args) = @_; my $self = Animal::new($class, %args); $self->{tricks} = []; return $self }
sub sound { "Woof" }
sub add_trick { my ($self, $t) = @_; push @{$self->{tricks}}, $t; return $self }
sub tricks { @{$_[0]{tricks}} }
package main;
my $d = Dog->new(name => 'Rex');
print $d->speak, "\n";
$d->add_trick('sit')->add_trick('roll');
print join(",", $d->tricks), "\n";
print ref($d), " ", $d->isa('Animal') ? "isa" : "not", " ", Dog->can('speak') ? "can" : "cannot", "\n";
my $m = "name";
print $d->$m, "\n";
my $a = Animal->new(name => 'Cat');
print $a->speak, "\n";
print Dog->SUPER::can('new') ? "ok\n" : "no\n";
