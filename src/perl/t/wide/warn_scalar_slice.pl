use warnings;
my @a = (1, 2);
my %h = (a => 1);
my $x = @a[0];
my $y = @h{a};
print "$x $y\n";
