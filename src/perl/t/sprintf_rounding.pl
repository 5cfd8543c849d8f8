for my $n (1.005, 2.675, 1.5, 0.125) { printf "%.2f ", $n }
print "\n";
printf "%.1f\n", 0.05;
printf "%d\n", -3.7;
printf "%s\n", 1e21;
printf "%.15g\n", 0.1;
