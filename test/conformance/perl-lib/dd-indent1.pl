use Data::Dumper;
$Data::Dumper::Indent = 1; $Data::Dumper::Sortkeys = 1;
print Dumper({list => [1, [2, 3], {k => 'v'}], empty => {}, none => [], str => "it's"});
print Dumper([bless([1, 2], 'Pkg'), \"scalar", \\"refref"]);
my %h = (a => 1); print Dumper(\%h, [\%h]);
