my @a;
eval { $a[-1] = 1 }; print "1: $@";
my @b = (1);
eval { $b[-3] = 1 }; print "2: $@";
$b[-1] = 9;
print "@b\n";
