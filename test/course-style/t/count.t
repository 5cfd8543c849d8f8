use strict;
use warnings;
use Test::More tests => 3;

ok(-x 'wc.pl', 'wc.pl is executable');
my @lines = `./wc.pl words.txt | sort`;
is(scalar @lines, 5, 'five distinct words');
is($lines[-1], "the    3\n", 'the comes last');
