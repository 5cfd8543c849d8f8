use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $h = { name => 'n' }; $h->{me} = $h; $h->{list} = [ $h, 1 ];
{ local $Data::Dumper::Purity = 1; print Dumper($h); }
my $a = [1, [2]]; push @$a, $a->[1];
{ local $Data::Dumper::Purity = 1; print Dumper($a); }
{ local $Data::Dumper::Indent = 3; print Dumper([ 'a', 'b', [ 'c' ] ]); }
{ local $Data::Dumper::Trailingcomma = 1; print Dumper({ x => [1, 2], y => {} }); local $Data::Dumper::Indent = 1; print Dumper([1, { z => 2 }]); }
print Data::Dumper->new([$h], ['h'])->Purity(1)->Dump;
print Data::Dumper->new([[1, 2]], ['*arr'])->Indent(0)->Dump, "\n";
