#!/usr/bin/perl -l
print "a";
print "b";
print for 1..2;
