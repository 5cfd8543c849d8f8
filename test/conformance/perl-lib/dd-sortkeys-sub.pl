use Data::Dumper;
$Data::Dumper::Sortkeys = sub { [ reverse sort keys %{$_[0]} ] };
print Dumper({ apple => 1, banana => 2, cherry => { z => 1, y => 2 } });
$Data::Dumper::Sortkeys = sub { [ grep { !/^_/ } sort keys %{$_[0]} ] };
print Dumper({ _private => 1, public => 2, also => 3 });
$Data::Dumper::Sortkeys = sub { my $h = shift; [ sort { $h->{$a} <=> $h->{$b} } keys %$h ] };
print Dumper({ three => 3, one => 1, two => 2 });
$Data::Dumper::Sortkeys = 1;
print Dumper({ 10 => 'a', 9 => 'b', 100 => 'c', B => 1, a => 2 });
