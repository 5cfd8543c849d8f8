$! = 0;
$? = 0;
die "plain\n";
