use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $sc = 'val';
print Dumper(bless({ a => 1 }, 'H'), bless([1, 2], 'A'), bless(\$sc, 'S'), bless({}, 'Deep::Name::Space'), bless([], 'E'));
print Dumper({ obj => bless({ inner => bless([ 'x' ], 'In') }, 'Out') });
print Dumper(sub { 1 }, [ sub { 2 } ]);
$Data::Dumper::Indent = 1;
print Dumper(bless({ z => [ bless({}, 'Z') ] }, 'Y'));
print Dumper(qr/ab+c/i, qr/x/);
