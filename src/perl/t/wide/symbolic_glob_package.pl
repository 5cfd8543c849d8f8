# Symbolic names resolve in the current package (special names stay in main).
package Foo;
no strict 'refs';
my $name = "bar";
*{$name} = sub { "Foo::bar called" };
print Foo::bar(), "\n";
*{"helper"} = sub { "helper" };
print defined(&Foo::helper) ? "Foo::helper\n" : "none\n";
print defined(&main::helper) ? "main::helper\n" : "no main::helper\n";
${"var"} = 5; print "$Foo::var\n";
@{"list"} = (1, 2); print "@Foo::list\n";
print &{"bar"}(), "\n";
my $env = \%{"ENV"}; print $env == \%main::ENV ? "ENV in main\n" : "ENV elsewhere\n";
print \*{"STDOUT"} == \*main::STDOUT ? "STDOUT in main\n" : "STDOUT elsewhere\n";
*{"Other::thing"} = sub { "qualified" }; print Other::thing(), "\n";
package Bar { *{"inner"} = sub { "Bar::inner" }; }
print Bar::inner(), "\n";
print __PACKAGE__, "\n";
sub show { print scalar(caller()), "\n" }
package main;
Foo::show();
package Baz;
Foo::show();
