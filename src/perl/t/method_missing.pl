package Foo;
sub new { bless {}, shift }
package main;
my $o = Foo->new;
$o->bar;
