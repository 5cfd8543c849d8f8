use Test::More;
sub my_check {
    my ($v, $name) = @_;
    local $Test::Builder::Level = $Test::Builder::Level + 1;
    return is($v, 42, $name);
}
my_check(41, 'helper');
my_check(42, 'helper ok');
done_testing;
