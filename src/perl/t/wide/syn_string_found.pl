print "a" "b";
