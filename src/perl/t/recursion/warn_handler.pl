use warnings;
$| = 1;
local $SIG{__WARN__} = sub { print "caught: $_[0]" };
sub f { f() }
f();
