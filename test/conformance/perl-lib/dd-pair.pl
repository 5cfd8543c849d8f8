use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
$Data::Dumper::Pair = ': ';
print Dumper({ a => 1, b => [ { c => 2 } ] });
$Data::Dumper::Pair = ' = ';
$Data::Dumper::Indent = 1;
print Dumper({ x => 'y' });
$Data::Dumper::Indent = 0; $Data::Dumper::Pair = '=>';
print Dumper({ k => 'v', l => 'w' }), "\n";
