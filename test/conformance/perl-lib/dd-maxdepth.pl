use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $d = { a => { b => { c => { d => 1 } } }, l => [ [ [ 1 ] ] ], s => 'top', o => bless({ q => 1 }, 'Obj') };
for my $m (1, 2, 3) {
    local $Data::Dumper::Maxdepth = $m;
    (my $out = Dumper($d)) =~ s/\(0x[0-9a-f]+\)/(ADDR)/g;
    print "--- $m\n$out";
}
my $o = Data::Dumper->new([$d])->Maxdepth(1); (my $t = $o->Dump) =~ s/\(0x[0-9a-f]+\)/(ADDR)/g; print $t;
