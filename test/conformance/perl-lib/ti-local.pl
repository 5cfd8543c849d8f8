use strict;
use warnings;
use Time::Local qw(timegm timelocal timegm_nocheck timegm_modern timegm_posix timelocal_posix);
print "timegm: ", timegm(0, 0, 0, 1, 0, 1970), " ", timegm(59, 59, 23, 31, 11, 1999), " ", timegm(0, 0, 0, 29, 1, 2024), "\n";
print "two-digit year 99: ", timegm(0, 0, 0, 1, 0, 99), " year 1000+: ", timegm(0, 0, 0, 1, 0, 2038), "\n";
print "timelocal UTC: ", timelocal(0, 30, 12, 15, 6, 2021), "\n";
print "modern: ", timegm_modern(0, 0, 0, 1, 0, 70), " posix: ", timegm_posix(0, 0, 0, 1, 0, 70), "\n";
print "roundtrip: ", join(',', (gmtime(timegm(5, 4, 3, 2, 1, 2003)))[0..5]), "\n";
print "nocheck overflow: ", timegm_nocheck(0, 0, 0, 32, 0, 2000), "\n";
for my $bad ([0, 0, 0, 32, 0, 2000], [0, 0, 0, 29, 1, 2023], [60, 0, 0, 1, 0, 2000], [0, 0, 24, 1, 0, 2000], [0, 0, 0, 1, 12, 2000]) {
    eval { timegm(@$bad) };
    (my $e = $@) =~ s/ at \S+ line \d+\.?\n//;
    print "bad @$bad: $e\n";
}
print "negative epoch: ", timegm(0, 0, 0, 1, 0, 1960), "\n";
print "posix local: ", timelocal_posix(0, 0, 0, 1, 0, 100), "\n";
