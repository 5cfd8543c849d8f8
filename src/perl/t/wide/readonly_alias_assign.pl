# Assigning to a foreach variable aliased to a literal dies; to an element of an array it changes the array.
my @a = (1, 2);
for my $x (@a) { $x = $x * 10 }
print "@a\n";
my $ok = eval { for my $x (1, 2) { $x = 5 } 1 };
print $ok ? "assigned\n" : "died: $@";
$ok = eval { for my $x (1) { ($x) = (5) } 1 };
print $ok ? "list assigned\n" : "list died: $@";
$ok = eval { for my $x (1) { my $other; ($other, $x) = (5, 6) } 1 };
print $ok ? "pair assigned\n" : "pair died: $@";
my ($p, $q) = (8, 9);
print "$p $q\n";
for my $y (3) { my $t = $y + 1; print "read $t\n" }
for my $z (4) { $z = 7 }
print "not reached\n";
