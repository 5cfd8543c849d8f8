print "a\n";
nosuch(1);
