my @w = qw(apple Banana cherry);
print join(" ", map { lc } @w), "\n";
print join(" ", sort { lc $a cmp lc $b } @w), "\n";
print join(" ", map { length } @w), "\n";
print join(" ", grep { /an/ } @w), "\n";
print scalar(grep { length > 5 } @w), "\n";
