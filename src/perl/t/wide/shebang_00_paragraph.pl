#!/usr/bin/perl -00
my $n = 0;
while (<STDIN>) { $n++; chomp; my @l = split /\n/; print "para $n: ", scalar(@l), " lines\n"; }
