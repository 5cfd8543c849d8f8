use strict;
my $n = "h";
my $r = eval { my $x = $n->{a}; 1 };
print "err: $@";
$r = eval { my @k = keys %$n; 1 };
print "err: $@";
