use Test::More tests => 7;
SKIP: {
    skip 'no network', 2;
    ok(0, 'never');
    ok(0, 'never');
}
TODO: {
    local $TODO = 'not yet';
    ok(0, 'todo test');
    is(1, 2, 'todo is');
    ok(1, 'todo pass');
    diag('diag inside todo');
}
TODO: {
    todo_skip 'too hard', 2;
    ok(0);
}
