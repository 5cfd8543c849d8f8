use warnings;
my @a = (1, 2);
splice(@a, 5, 0, 3);
print "@a\n";
