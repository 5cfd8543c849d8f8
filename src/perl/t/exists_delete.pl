my @a = (1, 2, 3);
print exists $a[1] ? "e1\n" : "n1\n";
print exists $a[5] ? "e5\n" : "n5\n";
my %h = (a => undef);
print exists $h{a} ? "exists" : "not", " ", defined $h{a} ? "defined" : "undef", "\n";
my %d = (x => 1, y => 2, z => 3);
my @gone = delete @d{qw(x y)};
print "@gone ", join(",", keys %d), "\n";
