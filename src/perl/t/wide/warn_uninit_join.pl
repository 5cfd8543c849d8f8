use warnings;
my @a = (1, undef, 3);
print join("-", @a), "\n";
my $j = join(undef, 1, 2);
print "$j\n";
