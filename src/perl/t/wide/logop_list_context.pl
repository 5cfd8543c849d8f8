# || && // in list context: the right side keeps its list (possibly empty).
my @l = (undef || ()); print scalar(@l), "\n";
my @m = (1, (0 || ()), 2); print "@m\n";
my @a = (0 || (1, 2, 3)); print "@a\n";
my @b = (5 && (7, 8)); print "@b\n";
my @c = (undef // (4, 5)); print "@c\n";
my @d = (3 || (4, 5)); print "@d\n";
my %h = (a => 1, (0 || ()), b => 2); print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
sub f { return $_[0] || () } my @e = f(0); print scalar(@e), "\n"; my @e2 = f(9); print "@e2\n";
my $x = (0 || (4, 5)); print "$x\n";
my @n = map { $_ % 2 && ($_, $_) } 1 .. 4; print "@n\n";
