{ package Bar; sub f { __PACKAGE__ } }
print __PACKAGE__, "\n";
sub g { "g" }
print main::g(), " ", Bar::f(), "\n";
if (1) { package Q; print __PACKAGE__, "\n"; }
print __PACKAGE__, "\n";
our $x = 5; print "$main::x\n";
package Foo { sub h { __PACKAGE__ . "::h" } print h(), "\n"; }
print __PACKAGE__, " ", Foo::h(), "\n";
for my $i (1) { package L; print __PACKAGE__, " ", scalar(caller(0)) // 'u', "\n"; }
print scalar(eval '__PACKAGE__'), "\n";
sub k { package Inner; return __PACKAGE__ } print k(), " ", __PACKAGE__, "\n";
print eval { package E; __PACKAGE__ }, " ", __PACKAGE__, "\n";
print do { package D; __PACKAGE__ }, " ", __PACKAGE__, "\n";
my $o = bless {}; print ref($o), "\n";
{ package Z; $v = 3; } print defined $Z::v ? "Z\n" : "noZ\n"; print defined $main::v ? "m\n" : "nom\n";
