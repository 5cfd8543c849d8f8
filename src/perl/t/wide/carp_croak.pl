package Lib;
use Carp qw(croak carp confess cluck);
sub checked { my $n = shift; croak "bad value '$n'" if $n < 0; return $n }
sub noisy { carp "noisy called"; return 1 }
sub deep { inner(@_) }
sub inner { croak "deep failure" }
package main;
eval { Lib::checked(-1) };
print "E1: $@";
Lib::noisy();
eval { Lib::deep(1) };
print "E2: $@";
sub wrapper { Lib::checked(-5) }
eval { wrapper() };
print "E3: $@";
eval { Carp::croak("from main") };
print "E4: $@";
eval { Lib::checked(-2) };
print "E5: ", ($@ =~ /at \S+ line (\d+)\.$/ ? "line $1" : "?"), "\n";
