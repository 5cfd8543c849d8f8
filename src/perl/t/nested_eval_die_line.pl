sub risky { die "bad thing" }
eval { risky() };
print "caught: $@";
eval { eval { risky() }; print "inner: $@"; };
print "outer: [", $@, "]\n";
