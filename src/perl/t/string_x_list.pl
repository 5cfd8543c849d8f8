my @grid = map { [ ('.') x 3 ] } 1..2;
$grid[0][1] = '#';
print join("\n", map { join('', @$_) } @grid), "\n";
