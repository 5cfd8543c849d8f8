use strict;
my $x = foo;
print "$x\n";
