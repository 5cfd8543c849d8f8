my $inf = 9**9**9;
my $nan = $inf - $inf;
print "$inf ", -$inf, " $nan\n";
printf "%d %f %e %g %s\n", $inf, $inf, $inf, $inf, $inf;
printf "%5.2f|%-6s|\n", -$inf, $nan;
print $inf + 1, " ", $inf * 0, " ", ($inf == $inf ? "eq" : "ne"), " ", ($nan == $nan ? "eq" : "ne"), "\n";
print 0 + "inf", " ", 0 + "nan", " ", 0 + "Infinity", "\n";
