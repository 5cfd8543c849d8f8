use warnings;
my $n = 0;
sub again { $n++; redo if $n < 3 }
for my $i (1..2) { print "i=$i n=$n\n"; again() if $i == 1; }
my $k = 0; my $tries = 0;
while ($k < 2) { $k++; my $loc = $k; $tries++; if ($tries == 1) { again2() } print "k=$k tries=$tries\n"; }
sub again2 { redo }
OUTER: for my $x (1..2) { for my $y (1..2) { print "$x$y\n"; if ($x == 1 && $y == 1 && !$main::done++) { jump() } } }
sub jump { redo OUTER }
my @s = eval { sort { last; $a <=> $b } 3, 1, 2 }; print "sort last: $@";
@s = eval { sort { next; $a <=> $b } 3, 1, 2 }; print "sort next: $@";
@s = eval { sort { redo; $a <=> $b } 3, 1, 2 }; print "sort redo: $@";
print "end\n";
