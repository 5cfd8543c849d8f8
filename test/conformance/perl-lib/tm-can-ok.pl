use Test::More;
package Animal { sub new { bless {}, shift } sub speak {} sub eat {} }
package Dog { our @ISA = ('Animal'); sub bark {} }
package main;
can_ok('Animal', 'speak', 'eat');
can_ok('Dog', qw(bark speak));
can_ok('Dog', qw(bark fly swim));
can_ok(Dog->new, 'eat');
can_ok(Dog->new, 'nothing');
can_ok('No::Such', 'x');
can_ok(undef, 'x');
can_ok('Animal');
done_testing;
