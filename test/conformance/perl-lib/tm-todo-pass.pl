use Test::More;
TODO: {
    local $TODO = 'should fail but does not';
    ok(1, 'unexpected pass');
    ok(0, 'expected fail');
}
our $TODO;
{ local $TODO = 'bare todo'; ok(1, 'pass in bare'); }
ok(1, 'normal');
my $b = Test::More->builder;
print "todo count: ", scalar(grep { $_->{type} eq 'todo' } $b->details), "\n";
print "summary: @{[ $b->summary ]}\n";
done_testing;
