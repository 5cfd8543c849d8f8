use Test::More;
subtest x => sub { plan tests => 2; ok 1 };
pass('p');
done_testing(3);
