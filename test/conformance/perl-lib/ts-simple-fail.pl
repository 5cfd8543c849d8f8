use Test::Simple tests => 5;
ok(1, 'first');
ok(0, 'second');
ok(1 + 1 == 2);
ok('', 'empty string');
ok(defined(undef), 'defined undef');
