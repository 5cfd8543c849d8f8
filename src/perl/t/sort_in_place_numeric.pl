my @a = (10, 2, 33, 4);
@a = sort { $a <=> $b } @a;
print "@a\n";
my @s = sort { $b cmp $a } qw(pear apple fig);
print "@s\n";
