use strict;
my $r = [1];
print $r->{a};
