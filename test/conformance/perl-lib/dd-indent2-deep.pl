use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $d = { name => 'config', servers => [ { host => 'alpha', ports => [80, 443] }, { host => 'beta', ports => [] } ], limits => { cpu => 2, mem => '512M', nested => { level => [ [ 'a' ], [ 'b', [ 'c' ] ] ] } } };
print Dumper($d);
print Dumper([[[[]]]], {'' => 1, ' ' => 2, 'a b' => 3, '-x' => 4, '01' => 5, '1' => 6, '-1' => 7, '1.5' => 8});
