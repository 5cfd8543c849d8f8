local $SIG{__DIE__} = sub { print "handler saw: ", (ref $_[0] ? "object" : $_[0]) };
eval { die "text\n" };
eval { die [1] };
print "done\n";
