$SIG{__DIE__} = sub { print STDOUT "handler saw: $_[0]" };
print "start\n";
die "fatal error\n";
