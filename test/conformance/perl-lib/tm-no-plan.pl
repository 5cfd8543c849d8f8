use Test::More;
ok(1);
