print "a\n"));
print "b\n";
