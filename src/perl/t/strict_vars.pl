use strict;
my $ok = 1;
$undeclared = 2;
print "never\n";
