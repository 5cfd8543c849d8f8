use strict;
use warnings;
package Animal;
sub new { my ($c, %a) = @_; bless { name => 'x', %a }, $c }
sub speak { my $s = shift; return ref($s) . " " . $s->{name} . " says " . $s->sound }
sub sound { "..." }
package Dog;
use parent -norequire, 'Animal';
sub sound { "woof" }
package Puppy;
use base 'Dog';
sub sound { my $s = shift; return "small " . $s->SUPER::sound() }
package Both;
use parent -norequire, 'Dog', 'Animal';
package main;
print Dog->new(name => 'rex')->speak, "\n";
print Puppy->new(name => 'bit')->speak, "\n";
print "ISA Dog: @Dog::ISA\n";
print "ISA Puppy: @Puppy::ISA\n";
print "ISA Both: @Both::ISA\n";
print "isa: ", (Puppy->new->isa('Animal') ? 1 : 0), "\n";
eval "package Missing; use parent 'No::Such::Parent'; 1" or do { (my $e = $@) =~ s/ \(\@INC.*//s; print "parent missing: $e\n" };
eval "package Missing2; use base 'No::Such::Base'; 1" or do { my $e = $@; $e =~ s/\(\@INC.*//s; print "base missing: $e\n" };
print "base loaded: ", (defined $INC{'base.pm'} ? 1 : 0), " parent: ", (defined $INC{'parent.pm'} ? 1 : 0), "\n";
