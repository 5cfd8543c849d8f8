use Test::More;
ok 1;
BAIL_OUT('stop here');
ok 1;
