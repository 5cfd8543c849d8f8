print "runs\n";
BEGIN { print "begin first\n" }
END { print "end last\n" }
INIT { print "init\n" }
CHECK { print "check\n" }
