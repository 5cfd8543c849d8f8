BEGIN { $^W = 1 }
my $x;
my $s = "a" . $x;
print "$s\n";
