1 = 2;
print "x\n";
