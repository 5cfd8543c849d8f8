END { print "end block, status $?\n" }
print "main\n";
die "dying\n";
