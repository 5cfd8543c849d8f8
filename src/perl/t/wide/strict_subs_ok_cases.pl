use strict;
my %h = (foo => 1, bar => 2);
print $h{foo} + $h{bar}, "\n";
print join(",", map { $_ } sort keys %h), "\n";
my @a = (-foo => 1);
print "@a\n";
print STDOUT "fh ok\n";
