use Test::More;
ok(0, 'second');
ok(0);
is('a', 'b', 'is fail');
is(undef, 'b');
is('b', undef, 'undef expected');
isnt('a', 'a', 'isnt');
isnt(undef, undef);
done_testing;
