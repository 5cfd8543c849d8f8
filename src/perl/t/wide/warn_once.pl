use warnings;
$foo = 1;
$foo2 = 2; $foo2++;
print "done\n";
