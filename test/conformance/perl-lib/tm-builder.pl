use Test::Builder;
my $tb = Test::Builder->new;
$tb->plan(tests => 3);
$tb->ok(1, 'first');
$tb->is_eq('a', 'a', 'eq');
$tb->is_num(2, 3, 'num');
print "current: ", $tb->current_test, "\n";
print "summary: ", join(',', $tb->summary), "\n";
print "passing: ", $tb->is_passing, "\n";
