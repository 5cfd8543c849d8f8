#!/usr/bin/perl -wl
my @a = (1);
print $a[3] // "none";
print "x" . $a[2];
