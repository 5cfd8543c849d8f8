use warnings;
my @a = qw(a, b, c);
print "@a\n";
my @b = qw(x #y);
print "@b\n";
