$SIG{__WARN__} = sub { print "handler: $_[0]" };
warn "a warning\n";
END { print "END runs, status $?\n" }
die "uncaught\n";
