package Greeter;
sub hello { my ($class, $name) = @_; return "$class says hello to $name" }
package main;
print Greeter->hello("you"), "\n";
my $cls = 'Greeter';
print $cls->hello("them"), "\n";
print Greeter::hello('Direct', 'x'), "\n";
