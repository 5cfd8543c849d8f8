use warnings;
my @in = ("10", "9x", "abc", "1_000", ".5", "+3", "0 but true");
for (@in) { my $v = $_ + 0; print "$_ => $v\n" }
