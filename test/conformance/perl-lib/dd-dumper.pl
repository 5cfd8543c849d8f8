use Data::Dumper; $Data::Dumper::Sortkeys=1; my $r=[1]; print Dumper("123", 123, 1.5, -7, "abc\n", "x\x{263a}", undef, { 10 => 1, a => [], b => {}, c => \"s", d => $r, e => $r, f => sub {1} }, bless({ x => [1,2] }, "Foo")); local $Data::Dumper::Indent=1; print Dumper({a=>[1,{b=>2}]}, bless([1],"B")); local $Data::Dumper::Terse=1; print Dumper([1,2], "s"); $Data::Dumper::Useqq=1; print Dumper("a\tb\x01\$x\x{e9}\x{263a}");
$Data::Dumper::Indent=0; $Data::Dumper::Terse=0; print Dumper({a=>[1,2]}), "\n";
print Data::Dumper->new([[1,2]],['foo'])->Indent(1)->Dump;
