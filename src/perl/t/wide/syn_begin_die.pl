BEGIN { die "stop in begin\n" }
print "never\n";
