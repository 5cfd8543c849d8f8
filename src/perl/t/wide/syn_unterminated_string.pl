print "start\n";
print "abc;
