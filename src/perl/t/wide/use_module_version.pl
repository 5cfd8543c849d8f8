BEGIN {
  package Foo;
  $INC{'Foo.pm'} = __FILE__;
  our $VERSION = '1.5';
  sub import { shift; print "Foo->import(@_)\n" }
}
use Foo 1.2 qw(a b);
use Foo 1.0 ();
use Foo 1.5;
print "Foo version ", Foo->VERSION, "\n";
eval "use Foo 99; 1" or print $@;
eval "use Foo 2.0 qw(x); 1" or print $@;
eval { Foo->VERSION(1.6) } or print $@;
BEGIN { package Bare; $INC{'Bare.pm'} = __FILE__; sub import {} }
eval "use Bare 1; 1" or print $@;
