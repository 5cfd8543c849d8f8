my $x = -1 * 0;
print "$x\n";
printf "%.1f\n", -0.04;
print 0 * -1, "\n";
