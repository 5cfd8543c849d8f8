use Test::Simple tests => 2;
ok(1, 'simple one');
ok(0, 'simple two');
