use Test::More tests => 8;
SKIP: {
    skip 'no network', 2 unless 0;
    ok(1, 'net one');
    ok(1, 'net two');
}
SKIP: {
    skip 'single';
    ok(1, 'never');
}
SKIP: {
    skip 'not skipped', 1 if 0;
    ok(1, 'ran');
}
TODO: {
    local $TODO = 'broken';
    ok(0, 'todo fail');
    is(1, 2, 'todo is');
}
TODO: {
    todo_skip 'too broken', 2;
    ok(0, 'x'); ok(0, 'y');
}
