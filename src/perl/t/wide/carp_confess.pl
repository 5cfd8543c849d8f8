package Lib;
use Carp;
sub level2 { confess "confessing" }
sub level1 { level2(@_) }
package main;
sub top { Lib::level1("arg1", 42) }
eval { top() };
print "E: $@";
print "---\n";
Carp::cluck("clucking");
print "end\n";
