use warnings;
my $x;
my $s = "a" . $x;
my $t = "v=$x.";
print "$s|$t\n";
