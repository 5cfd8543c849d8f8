my @recs = map { [$_, int($_ / 10)] } (31, 12, 35, 17, 10, 33, 15, 38);
my @s = sort { $a->[1] <=> $b->[1] } @recs;
print join(" ", map { $_->[0] } @s), "\n";
my @w = qw(pear Apple fig banana apple Fig cherry);
print join(" ", sort { lc($a) cmp lc($b) } @w), "\n";
print join(" ", sort { length($a) <=> length($b) } @w), "\n";
print join(" ", sort { length($a) <=> length($b) or $a cmp $b } @w), "\n";
