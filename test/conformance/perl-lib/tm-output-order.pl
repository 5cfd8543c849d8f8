use Test::More;
print "plain print\n";
ok(1, 'after print');
print STDERR "to stderr\n";
ok(0, 'fails');
print "more\n";
done_testing;
