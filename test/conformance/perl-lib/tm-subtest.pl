use Test::More;
subtest 'outer' => sub {
    plan tests => 2;
    ok(1, 'in one');
    subtest 'inner' => sub {
        ok(1, 'deep');
        done_testing;
    };
};
subtest 'failing' => sub {
    ok(1, 'fine');
    ok(0, 'broken');
};
subtest 'skipped' => sub { plan skip_all => 'not today' };
subtest 'empty' => sub { };
done_testing;
