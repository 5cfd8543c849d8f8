local $SIG{__WARN__} = sub { print "WARN HANDLER: $_[0]" };
warn "something\n";
local $SIG{__DIE__} = sub { print "DIE HANDLER: $_[0]" };
eval { die "boom\n" };
print "after: $@";
