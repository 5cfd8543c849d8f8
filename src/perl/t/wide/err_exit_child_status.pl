$! = 0;
$? = 3 << 8;
die "with child status\n";
