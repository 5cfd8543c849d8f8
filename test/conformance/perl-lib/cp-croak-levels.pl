use strict;
use warnings;
package Inner;
use Carp qw(croak carp confess cluck);
sub check { croak "Inner::check failed: @_" }
sub confessor { confess "deep trouble" }
sub warner { carp "careful"; 1 }
sub clucker { cluck "clucking"; 1 }
package Middle;
sub go { Inner::check(@_) }
sub conf { Inner::confessor() }
package main;
sub top { Middle::go("x", "y") }
eval { top() };
print "croak: $@";
eval { Middle::conf() };
print "confess:\n$@";
Inner::warner();
sub w2 { Inner::clucker() }
w2(1, "two", undef);
eval { Carp::croak("direct") };
print "direct: $@";
eval { Carp::croak("with newline\n") };
print "newline: $@";
eval { Carp::croak() };
print "empty: $@";
