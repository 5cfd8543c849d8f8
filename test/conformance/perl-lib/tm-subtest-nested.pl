use Test::More;
subtest 'outer' => sub {
    ok(1, 'outer one');
    subtest 'inner' => sub {
        plan tests => 2;
        ok(1, 'inner one');
        ok(0, 'inner two');
    };
    ok(1, 'outer two');
};
subtest 'skipped' => sub { plan skip_all => 'not today'; ok(1) };
subtest 'empty' => sub { };
subtest 'with args' => sub { my ($x) = @_; is($x, 5, 'arg passed') }, 5;
subtest 'dies' => sub { ok(1); die "boom\n" } if 0;
subtest 'all good' => sub { ok(1, 'a'); ok(1, 'b'); done_testing(2) };
done_testing;
