use strict;
use warnings;
use Time::Local qw(timegm timelocal timegm_nocheck timelocal_nocheck);
my @dates = ([2024, 1, 1], [2000, 2, 29], [1999, 12, 31], [1970, 1, 1], [2038, 1, 19], [1900, 3, 1]);
for my $d (@dates) {
    my ($y, $m, $day) = @$d;
    my $t = timegm(0, 0, 12, $day, $m - 1, $y);
    my @g = gmtime($t);
    printf "%04d-%02d-%02d => %d => %04d-%02d-%02d wday=%d yday=%d\n", $y, $m, $day, $t, $g[5] + 1900, $g[4] + 1, $g[3], $g[6], $g[7];
}
my $t = timelocal(30, 45, 10, 4, 6, 2021);
print "timelocal: $t ", scalar(localtime($t)), "\n";
print "days between: ", (timegm(0, 0, 0, 1, 0, 2025) - timegm(0, 0, 0, 1, 0, 2024)) / 86400, "\n";
print "nocheck month 13: ", timegm_nocheck(0, 0, 0, 1, 12, 2020), " = ", timegm(0, 0, 0, 1, 0, 2021), "\n";
print "nocheck negative day: ", timelocal_nocheck(0, 0, 0, 0, 2, 2024), " = ", timegm(0, 0, 0, 29, 1, 2024), "\n";
print "year 50 (2-digit): ", (gmtime(timegm(0, 0, 0, 1, 0, 50)))[5] + 1900, "\n";
print "year 1050 (abs): ", (gmtime(timegm(0, 0, 0, 1, 0, 2050)))[5] + 1900, "\n";
eval { timegm(0, 0, 0, 31, 3, 2024) }; (my $e = $@) =~ s/ at \S+ line \d+\.?\n//; print "April 31: $e\n";
