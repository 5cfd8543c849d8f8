use warnings;
sub f { 1 }
sub f { 2 }
print f(), "\n";
{ no warnings 'redefine'; eval 'sub f { 3 }'; }
print f(), "\n";
eval 'sub f { 4 }';
print f(), "\n";
