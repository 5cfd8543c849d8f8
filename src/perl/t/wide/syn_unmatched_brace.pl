if (1) {
    print "a\n";
