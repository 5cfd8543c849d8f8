use Test::More 'no_plan';
ok(1);
ok(1, 'two');
