use POSIX qw(floor ceil);
print floor(3.7), " ", ceil(3.2), " ", floor(-3.5), "\n";
print POSIX::floor(2.5), "\n";
