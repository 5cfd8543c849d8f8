print q(single 'quoted' $x), "\n";
print qq{double "quoted" @{[1+1]}}, "\n";
my @w = qw/alpha beta gamma/;
print scalar(@w), " $w[2]\n";
print q{nested {braces}}, "\n";
my $re = qr{a/b}i;
print "ok\n" if "A/B" =~ $re;
print "path: ", join("/", qw(usr local bin)), "\n";
