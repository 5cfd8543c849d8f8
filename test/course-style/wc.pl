#!/usr/bin/perl
use strict;
use warnings;

my %count;
while (my $line = <>) {
    for my $w (split ' ', lc $line) {
        $w =~ s/[^a-z']//g;
        $count{$w}++ if length $w;
    }
}
printf "%-6s %d\n", $_, $count{$_} for keys %count;
