my $_x = 1;
my $1 = 2;
