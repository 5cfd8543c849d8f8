use Test::More tests => 3;
fail('one');
fail('two');
pass('three');
