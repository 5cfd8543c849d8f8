eval { nope() }; print "1: $@";
eval { Foo::bar(1) }; print "2: $@";
my $c;
eval { $c->() }; print "3: $@";
eval { &{"no_such"}() }; print "4: $@";
my $name = "main::zip";
eval { &$name }; print "5: $@";
