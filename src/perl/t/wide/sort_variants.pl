my @n = (10, 9, 100, 1, 25, -3, 0);
print join(" ", sort @n), "\n";
print join(" ", sort { $a <=> $b } @n), "\n";
print join(" ", sort { $b <=> $a } @n), "\n";
print join(" ", reverse sort { $a <=> $b } @n), "\n";
sub by_num { $a <=> $b }
print join(" ", sort by_num @n), "\n";
my $cmp = sub { $b cmp $a };
print join(" ", sort $cmp qw(b c a)), "\n";
sub proto_cmp($$) { my ($x, $y) = @_; $x <=> $y }
print join(" ", sort proto_cmp 3, 1, 2), "\n";
my @st = map { $_->[1] } sort { $a->[0] <=> $b->[0] } map { [length, $_] } qw(ccc a bb dddd);
print "@st\n";
my %seen;
print join(" ", grep { !$seen{$_}++ } sort qw(b a b c a)), "\n";
print scalar(() = sort @n), "\n";
