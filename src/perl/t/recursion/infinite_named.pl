use warnings;
sub f { f() }
f();
