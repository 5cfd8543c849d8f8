# A perl script: output on both streams and a non-zero exit.
use strict;
use warnings;
my %count;
$count{$_}++ for qw(a b a c a);
print join(',', map { "$_=$count{$_}" } sort keys %count), "\n";
warn "careful\n";
printf "%05d|%-4s|%.2f\n", 42, 'ab', 3.14159;
exit 2;
