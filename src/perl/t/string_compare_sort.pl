my @w = qw(banana Apple cherry apple);
print join(" ", sort @w), "\n";
print join(" ", sort { lc($a) cmp lc($b) or $a cmp $b } @w), "\n";
print join(" ", sort { $a <=> $b } qw(10 9 100 1)), "\n";
