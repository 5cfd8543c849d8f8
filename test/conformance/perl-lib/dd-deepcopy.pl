use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $shared = [1, 2];
my $h = { a => $shared, b => $shared, c => { inner => $shared } };
print Dumper($h);
$Data::Dumper::Deepcopy = 1;
print Dumper($h);
my $cyc = { name => 'loop' }; $cyc->{self} = $cyc;
print Dumper($cyc);
