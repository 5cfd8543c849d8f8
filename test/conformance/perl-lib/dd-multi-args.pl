use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $r = { k => 1 };
print Dumper(1, 'two', [3], { four => 4 }, $r, $r, undef, \undef);
my @list = (1, 2); my %hash = (a => 1);
print Dumper(\@list, \%hash, @list);
print Dumper();
print scalar(Dumper('a', 'b'));
