print "5 apples" * 2, "\n";
print "abc" + 0, "\n";
print "1e2" + 0, " ", " 42 " + 0, " ", "0x10" + 0, " ", ".5" + 0, "\n";
print 3 . 4, "\n";
print "3" + "4", "\n";
print "10" == 10.0 ? "equal\n" : "diff\n";
print "abc" == 0 ? "zero\n" : "nonzero\n";
