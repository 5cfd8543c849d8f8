use Carp;
sub check { croak "invalid input" unless $_[0] }
print "start\n";
check(0);
print "never\n";
