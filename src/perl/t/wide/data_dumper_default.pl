use Data::Dumper;
my $d = { name => 'x', list => [1, 'two', 3.5], nested => { a => undef } };
$Data::Dumper::Sortkeys = 1;
print Dumper($d);
print Dumper("str", 42, [1]);
local $Data::Dumper::Indent = 1;
print Dumper({ b => [1, 2], a => 'q' });
