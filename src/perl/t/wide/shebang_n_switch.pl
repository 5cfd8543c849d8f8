#!/usr/bin/perl -n
print "$.: $_" if /o/;
END { print "lines $.\n" }
