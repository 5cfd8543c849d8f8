use warnings FATAL => 'all';
my $x;
my $r = eval { my $y = $x + 1; 1 };
print "caught: $@";
my $z = "abc" + 0;
print "not reached\n";
