print "before\n";
die "fatal error\n";
print "after\n";
