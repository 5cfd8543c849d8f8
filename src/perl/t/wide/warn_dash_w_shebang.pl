#!/usr/bin/perl -w
my $x;
my $y = $x . "z";
print "$y\n";
$zz = 1;
