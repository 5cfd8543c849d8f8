use POSIX qw(strftime mktime);
my @t = gmtime(1700000000);
print join(",", @t), "\n";
print scalar(gmtime(1700000000)), "\n";
print strftime("%Y%m%d-%H%M%S", @t), "\n";
print strftime("%s", gmtime(0)) =~ /^-?\d+$/ ? "epoch digits\n" : "no\n";
my @l = localtime(0);
print scalar(@l), "\n";
print POSIX::floor(1700000000 / 86400), "\n";
