# foreach over ranges (counted, not built), and the lists they replace
use strict; use warnings;
my @out;
for my $i (1 .. 5) { push @out, $i; $i = 10 if $i == 3; }
print "@out\n";
for my $i (reverse 1 .. 3) { print $i } print "\n";
for ('a' .. 'e') { print } print "\n";
for my $x ('08' .. '11') { print "$x " } print "\n";
for my $x ('1' .. '3') { print "$x " } print "\n";
for my $x ('aa' .. 'ad') { print "$x " } print "\n";
my $n = 3;
for my $i (1 .. $n) { $n = 10; print $i } print "\n";
for my $i (5 .. 1) { print "never\n" }
for my $i (-2 .. 2) { print $i, "," } print "\n";
for my $i (1.5 .. 4.7) { print $i, "," } print "\n";
my @r;
for my $i (1 .. 6) { next if $i == 2; last if $i == 5; push @r, $i }
print "@r\n";
for (1 .. 3) { print $_ * 2 } print "\n";
our $g = 'outer';
for $g (1 .. 2) { print "g=$g\n" }
print "after: $g\n";
my $sum = 0;
$sum += $_ for 1 .. 100;
print "$sum\n";
my @subs;
for my $i (1 .. 3) { push @subs, sub { $i * 10 } }
print join(",", map { $_->() } @subs), "\n";
for my $i (1 .. 2) { for my $j ($i .. 3) { print "$i$j " } } print "\n";
my $x = 0;
for my $i (0 .. 1e5) { $x++ } print "$x\n";
