my @parts = (localtime(0))[5, 4, 3];
print scalar(@parts), "\n";
my $str = sprintf "%s-%s", split /,/, "a,b";
print "$str\n";
my @nums = map { sprintf "%.1f", $_ / 3 } 1..3;
print "@nums\n";
print "joined: ", join("+", 1..4), " = ", eval join("+", 1..4), "\n";
