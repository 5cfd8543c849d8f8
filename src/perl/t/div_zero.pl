my $z = 0;
my $r = 10 / $z;
print "never\n";
