my @subs;
for my $i (1..3) { push @subs, sub { $i } }
print join(",", map { $_->() } @subs), "\n";
my @c;
for (my $j = 0; $j < 3; $j++) { push @c, sub { $j } }
print join(",", map { $_->() } @c), "\n";
my @w;
my $k = 0;
while ($k < 3) { my $copy = $k; push @w, sub { $copy * 10 }; $k++ }
print join(",", map { $_->() } @w), "\n";
my @m = map { my $v = $_; sub { $v + 100 } } 1..3;
print join(",", map { $_->() } @m), "\n";
