# localtime and gmtime in list context (TZ=UTC): sec min hour mday mon year wday yday isdst.
print join(",", gmtime(0)), "\n";
print join(",", localtime(0)), "\n";
print join(",", gmtime(1_700_000_000)), "\n";
print join(",", gmtime(951_782_400)), "\n";
print join(",", gmtime(-1)), "\n";
print join(",", gmtime(2**31)), "\n";
my @t = localtime; print "fields: ", scalar(@t), "\n";
my ($d, $m, $y) = (localtime(86400 * 365))[3, 4, 5]; printf "%04d-%02d-%02d\n", $y + 1900, $m + 1, $d;
