use strict;
use warnings;
use POSIX qw(floor ceil fmod strftime INT_MAX);
my @prices = (19.99, 5.01, 100, 0.5, 7.255);
for my $p (@prices) {
    printf "%-7s floor=%-4d ceil=%-4d cents=%d rounded=%.2f\n", $p, floor($p), ceil($p), floor($p * 100 + 0.5) % 100, floor($p * 100 + 0.5) / 100;
}
my $secs = 200_000;
printf "%d days %02d:%02d:%02d\n", floor($secs / 86400), floor(fmod($secs, 86400) / 3600), floor(fmod($secs, 3600) / 60), fmod($secs, 60);
print "pages: ", ceil(95 / 10), " ", ceil(100 / 10), " ", ceil(0 / 10), "\n";
print "negative: ", floor(-0.5), " ", ceil(-0.5), " ", int(-0.5), "\n";
print "fmod float: ", fmod(10.5, 3), " fmod neg: ", fmod(-7, 2), "\n";
print "big: ", floor(1e15 + 0.5), " int max: ", INT_MAX, " over: ", INT_MAX * 2, "\n";
print "date: ", strftime("%A, %d %B %Y", 0, 0, 0, 25, 11, 120), "\n";
print "week day of 2000-01-01: ", strftime("%a %u %j", 0, 0, 0, 1, 0, 100), "\n";
my @lt = localtime(86400 * 365);
print "localtime (TZ=UTC): ", strftime("%Y-%m-%d %H:%M %Z", @lt), "\n";
