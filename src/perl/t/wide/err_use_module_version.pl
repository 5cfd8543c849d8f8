BEGIN { package Foo; $INC{'Foo.pm'} = __FILE__; $Foo::VERSION = '1.0'; }
use Foo 99;
print "never\n";
