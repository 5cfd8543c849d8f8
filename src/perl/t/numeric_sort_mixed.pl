my @n = (10, 9, 2, 33, 1.5, -4);
print join(" ", sort { $a <=> $b } @n), "\n";
print join(" ", sort { $b <=> $a } @n), "\n";
print join(" ", sort @n), "\n";
