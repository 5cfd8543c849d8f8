END { print "end before the failing BEGIN, status $?\n" }
BEGIN { die "no good\n" }
END { print "not compiled\n" }
