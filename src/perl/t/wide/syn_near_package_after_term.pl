package Foo;
sub new { bless {}, shift }
1
package Bar;
