my $m = '';
vec($m, 3, 1) = 1; vec($m, 9, 1) = 1;
print unpack('b*', $m), " ", length($m), "\n";
print vec($m, 3, 1), vec($m, 4, 1), vec($m, 9, 1), " ", vec($m, 0, 8), "\n";
vec($m, 1, 16) = 0x4142; print unpack('H*', $m), "\n";
vec(my $n, 0, 4) = 15; print unpack('H*', $n), "\n";
printf "%s %s\n", ~0, ~5 & 0xFF;
printf "%s\n", (4002 & ~04000);
my $big = ~0 >> 1; print "$big\n";
