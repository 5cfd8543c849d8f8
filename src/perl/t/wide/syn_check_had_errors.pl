#!/usr/bin/perl -c
# perl -c on a file with a syntax error: the errors, then "FILE had compilation errors."
my $x = 1;
print $x +;
