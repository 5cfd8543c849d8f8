use Test::More;
package Animal { sub new { bless {}, shift } }
package Dog { our @ISA = ('Animal') }
package main;
isa_ok(Dog->new, 'Animal');
isa_ok(Dog->new, 'Dog', 'my dog');
isa_ok(Dog->new, 'Cat');
isa_ok(Animal->new, 'Dog', 'the animal');
isa_ok([], 'ARRAY');
isa_ok({}, 'ARRAY');
isa_ok({}, 'HASH', 'a hash');
isa_ok('Dog', 'Animal');
isa_ok('Dog', 'Cat', 'class');
isa_ok(undef, 'Animal');
isa_ok(\1, 'SCALAR');
isa_ok(sub {}, 'CODE', 'sub');
done_testing;
