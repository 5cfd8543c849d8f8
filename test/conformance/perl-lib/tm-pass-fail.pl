use Test::More tests => 6;
pass('it passes');
fail('it fails');
pass();
fail();
ok(1);
ok(0);
