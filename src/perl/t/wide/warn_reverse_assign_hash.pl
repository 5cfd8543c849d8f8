use warnings;
my %h = (a => 1, b => 1);
my %r = reverse %h;
print scalar(keys %r), "\n";
my @a = (1,2,3);
my $n = @a[1,2];
print "$n\n";
