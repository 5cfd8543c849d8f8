use strict;
use warnings;
use POSIX qw(floor ceil fmod pow round trunc lround INT_MAX INT_MIN UINT_MAX LONG_MAX LONG_MIN DBL_MAX DBL_MIN DBL_EPSILON FLT_MAX DBL_DIG);
for my $v (2.5, -2.5, 3, -0.1, 7.999) {
    print "v=$v floor=", floor($v), " ceil=", ceil($v), " round=", round($v), " trunc=", trunc($v), " lround=", lround($v), "\n";
}
print "fmod: ", fmod(10, 3), " ", fmod(-10, 3), " ", fmod(5.5, 2), "\n";
print "pow: ", pow(2, 10), " ", pow(9, 0.5), "\n";
print "INT_MAX=", INT_MAX, " INT_MIN=", INT_MIN, " UINT_MAX=", UINT_MAX, "\n";
print "LONG_MAX=", LONG_MAX, " LONG_MIN=", LONG_MIN, "\n";
print "DBL_MAX=", DBL_MAX, " DBL_MIN=", DBL_MIN, " DBL_EPSILON=", DBL_EPSILON, "\n";
print "FLT_MAX=", FLT_MAX, " DBL_DIG=", DBL_DIG, "\n";
print "abs: ", POSIX::abs(-3), " fabs: ", POSIX::fabs(-2.5), " sqrt: ", POSIX::sqrt(16), "\n";
print "strtol: ", join(",", POSIX::strtol("ff", 16)), " ", join(",", POSIX::strtol("12abc", 10)), "\n";
print "strtod: ", join(",", POSIX::strtod("3.5xyz")), "\n";
print "INT_MAX+1 float: ", INT_MAX + 1, "\n";
print "DBL_MAX*10: ", DBL_MAX * 10, "\n";
printf "%.3f %.3f\n", POSIX::fmin(1.5, 2), POSIX::fmax(1.5, 2);
