use warnings;
my $x;
print $x;
print "after\n";
printf "%s|\n", $x;
my $s = sprintf "%d", $x;
print "$s\n";
