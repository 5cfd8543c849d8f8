use strict;
my $n = "arr";
eval { push @$n, 1 };
print "err: $@";
eval { my $x = $n->[0] };
print "err: $@";
