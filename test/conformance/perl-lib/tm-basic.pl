use Test::More tests => 4;
ok(1, 'one');
ok(1);
is(2, 2, 'two');
pass('passed');
