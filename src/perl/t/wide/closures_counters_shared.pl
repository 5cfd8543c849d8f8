sub make { my $n = shift; return (sub { $n++ }, sub { $n }) }
my ($inc, $get) = make(5);
$inc->() for 1..3;
print $get->(), "\n";
my ($i2, $g2) = make(0);
$i2->();
print $g2->(), " ", $get->(), "\n";
my $x = 1;
my $f = sub { $x * 2 };
$x = 21;
print $f->(), "\n";
sub outer { my $y = shift; my $inner = sub { $y . "!" }; return $inner->() }
print outer("a"), outer("b"), "\n";
