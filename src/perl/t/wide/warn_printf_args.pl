use warnings;
printf "%s %s\n", "a";
my $s = sprintf("%s", 1, 2);
print "$s\n";
my $t = sprintf("%z %d", 5);
print "$t\n";
