my $n = 0;
sub again { $n++; redo if $n < 3 }
for my $i (1..2) { print "i=$i n=$n\n"; again() if $i == 1; }
print "after n=$n\n";
my @s = eval { sort { last; $a <=> $b } 3, 1, 2 }; print "sort last: $@";
@s = eval { sort { next; $a <=> $b } 3, 1, 2 }; print "sort next: $@";
for my $j (1..2) { my @t = sort { last if $j == 2; $a <=> $b } 3, 1, 2; print "j=$j @t\n"; }
print "end\n";
