my $first = <STDIN>;
chomp $first;
print "first=[$first]\n";
my @rest = <STDIN>;
print "rest=", scalar(@rest), "\n";
print "last=$rest[-1]";
