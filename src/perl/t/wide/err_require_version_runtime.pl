print "before\n";
require 5.006;
print "still here\n";
require 7;
print "never\n";
