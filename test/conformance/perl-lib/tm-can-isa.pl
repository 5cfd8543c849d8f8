use Test::More;
package Foo; sub new { bless {}, shift } sub bar { 1 }
package Bar; our @ISA = ('Foo');
package Broken; sub new { die "cannot build\n" }
package main;
can_ok('Foo', 'new', 'bar');
can_ok('Foo', 'bar');
can_ok('Foo', 'new', 'nope');
can_ok(Foo->new, 'zap');
isa_ok([], 'HASH');
isa_ok([], 'ARRAY');
isa_ok(Foo->new, 'Foo');
isa_ok(Bar->new, 'Foo', 'the bar');
isa_ok(undef, 'Foo');
isa_ok('Foo', 'Bar');
isa_ok('Bar', 'Foo');
my $o = new_ok('Foo');
new_ok('Bar' => [], 'a bar');
new_ok('Broken');
done_testing;
