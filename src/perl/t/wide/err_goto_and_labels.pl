my $i = 0;
OUTER: for my $x (1..3) {
    for my $y (1..3) {
        next OUTER if $y == 2;
        $i++;
    }
}
print "$i\n";
eval { last NOSUCH; };
print "E: $@";
my $n = 0;
{ $n++; redo if $n < 3; }
print "$n\n";
