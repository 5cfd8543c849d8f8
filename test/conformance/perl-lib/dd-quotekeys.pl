use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
$Data::Dumper::Quotekeys = 0;
print Dumper({ simple => 1, with_underscore => 2, 'has space' => 3, '-dash' => 4, '123' => 5, '0' => 6, '007' => 7, 'a-b' => 8, 'A1' => 9, '1a' => 10, '' => 11, '-5' => 12, '1.5' => 13, '_x' => 14 });
$Data::Dumper::Quotekeys = 1;
print Dumper({ simple => 1, '123' => 5 });
$Data::Dumper::Useqq = 1; $Data::Dumper::Quotekeys = 0;
print Dumper({ plain => 1, 'sp c' => 2, 42 => 3 });
