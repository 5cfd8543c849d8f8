sub who { my @c = caller; return $c[0] }
{ package Bar; print main::who(), "\n"; }
print who(), "\n";
for my $i (1..2) { package Loop; print main::who(), "\n"; last if $i == 1; }
print who(), "\n";
while (1) { package W; last; }
print who(), " ", __PACKAGE__, "\n";
{ package Ev; print eval('__PACKAGE__'), "\n"; }
print eval('__PACKAGE__'), "\n";
package Foo { print main::who(), "\n"; my $f = sub { __PACKAGE__ }; print $f->(), "\n"; }
print who(), "\n";
{ package Outer; { package Inner; print __PACKAGE__, "\n"; } print __PACKAGE__, " ", main::who(), "\n"; }
print __PACKAGE__, "\n";
unless (0) { package U; print __PACKAGE__, "\n" } else { package V; }
print who(), "\n";
if (0) { package I1 } elsif (1) { package I2; print main::who(), "\n" } else { package I3 }
print who(), "\n";
my @r = map { package M; main::who() } 1; print "@r ", who(), "\n";
do { package D; 1 }; print who(), "\n";
