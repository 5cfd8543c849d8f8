sub gen { my $x = 0; return (sub { $x++ }, sub { $x }) }
my ($inc, $get) = gen();
$inc->() for 1..3;
print $get->(), "\n";
my ($i2, $g2) = gen();
$i2->();
print $g2->(), " ", $get->(), "\n";
