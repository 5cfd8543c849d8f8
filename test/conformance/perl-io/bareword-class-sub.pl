# `Word->method`: a sub named Word that exists by then is called and its value is
# the invocant (whether or not a package Word exists); `Word::->method` is the class.
use strict;
use warnings;
sub Bar::new { my $c = shift; print "Bar::new($c @_)\n"; bless {}, $c }
sub Foo::new { my $c = shift; print "Foo::new($c @_)\n"; bless {}, $c }
sub Foo::hi { print "Foo::hi\n" }
print "1: "; eval { Later->new; 1 } or print "died: $@";
sub Foo { print "Foo() called(@_); "; 'Bar' }
sub Later { 'Bar' }
print "2: "; Foo->new(1, 2);
print "3: "; Foo::->new(3);
print "4: "; Foo ->new;
print "5: "; Foo
  ->new;
print "6: "; 'Foo'->new;
print "7: "; my $c = 'Foo'; $c->new;
print "8: "; main::Foo->new;
print "9: "; ref(Foo->new) eq 'Bar' and print "   a Bar\n";
print "10: "; eval 'Foo->new; 1' or print "eval: $@";
print "11: "; print Foo->can('new') == \&Bar::new ? "can: Bar::new\n" : "can: other\n";
use constant Konst => 'Foo';
print "12: "; Konst->hi;
package Baz;
sub Foo { print "Baz::Foo() called; "; 'Foo' }
print "13: "; Foo->hi;
package main;
sub Nothing { return }
print "14: "; eval { Nothing->new; 1 } or print "died: $@";
sub Nope { 'Nope' }
print "15: "; eval { Nope->new; 1 } or print "died: $@";
sub Forward;
print "16: "; eval { Forward->new; 1 } or print "died: $@";
print "17: "; eval { Missing->new; 1 } or print "died: $@";
print "18: "; Later->new;
