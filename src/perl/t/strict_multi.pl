use strict;
$x = $x + 1;
$y = $x;
