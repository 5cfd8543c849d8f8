BEGIN { print "before\n" }
use 7.0;
print "never\n";
