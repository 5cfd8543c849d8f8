use Test::More;
done_testing;
