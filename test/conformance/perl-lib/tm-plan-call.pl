use Test::More;
plan tests => 2;
ok(1, 'a');
is_deeply([1], [1], 'b');
