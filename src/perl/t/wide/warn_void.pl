use warnings;
my $x = 1;
1 + 2;
"str";
$x;
$x == 2;
print "end\n";
