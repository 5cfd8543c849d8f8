use Test::More;
our $TODO;
TODO: {
    local $TODO = 'sub todo';
    subtest 'in todo' => sub {
        ok(0, 'inner fails');
    };
}
ok(1, 'after');
done_testing;
