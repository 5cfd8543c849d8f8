use Data::Dumper;
$Data::Dumper::Indent = 0; $Data::Dumper::Sortkeys = 1;
print Dumper([1, 'two', [3, [4]], {a => 1, b => [2]}, {}, []]), "\n";
print Dumper({x => {y => {z => 'deep'}}}, 'str', 42), "\n";
print Dumper(bless({n => 1}, 'My::Class')), "\n";
my $r = [1]; print Dumper([$r, $r]), "\n";
