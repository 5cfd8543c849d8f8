package Lib;
use Carp qw(croak carp);
sub checked { my $n = shift; croak "bad value '$n'" if $n < 0; return $n }
sub noisy { carp "noisy called"; return 1 }
sub deep { inner(@_) }
sub inner { croak "deep failure" }
package Lib::Sub;
our @ISA = ('Lib');
sub wrap { Lib::checked(-3) }
package Other;
sub via { Lib::Sub::wrap() }
package main;
eval { Lib::checked(-1) };
print "E1: $@";
Lib::noisy();
eval { Lib::deep(1) };
print "E2: $@";
sub wrapper { Lib::checked(-5) }
eval { wrapper() };
print "E3: $@";
eval { Other::via() };
print "E4: $@";
sub wrapper2 { Lib::noisy() }
{ local $Carp::CarpLevel = 1; wrapper2(); }
print Carp::shortmess("short") =~ /^short at carp-frames.pl line \d+\.$/ ? "shortmess ok\n" : "shortmess?\n";
