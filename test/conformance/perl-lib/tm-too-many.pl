use Test::More tests => 2;
ok 1; ok 1; ok 1;
