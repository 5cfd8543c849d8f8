my @people = (["bob", 25], ["alice", 30], ["carol", 25]);
for my $p (sort { $a->[1] <=> $b->[1] or $a->[0] cmp $b->[0] } @people) { print "$p->[0] $p->[1]\n"; }
sub by_len { length($a) <=> length($b) }
print join(" ", sort by_len qw(ccc a bb)), "\n";
my %sales = (east => 10, west => 30, north => 20);
print join(" ", sort { $sales{$b} <=> $sales{$a} } keys %sales), "\n";
print join(" ", reverse sort { $a <=> $b } 3, 11, 2), "\n";
my @s = sort (qw(b c a));
print "@s\n";
