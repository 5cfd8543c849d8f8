local $SIG{__DIE__} = sub { print "hook: $_[0]"; };
eval { die "first\n" };
print "caught: $@";
$SIG{__DIE__} = sub { die "rewritten: $_[0]" };
eval { die "second\n" };
print "caught: $@";
$SIG{__DIE__} = 'DEFAULT';
eval { die "third\n" };
print "caught: $@";
