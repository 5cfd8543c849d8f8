sub make_counter { my $n = shift; return sub { return $n++ } }
my $c1 = make_counter(5);
my $c2 = make_counter(10);
print $c1->(), $c1->(), $c2->(), $c1->(), "\n";
my @subs;
for my $i (1..3) { push @subs, sub { $i * 10 } }
print join(",", map { $_->() } @subs), "\n";
my $x = 1;
my $f = sub { $x++ };
$f->(); $f->();
print "$x\n";
sub outer { my $v = shift; my $inner = sub { "inner $v" }; $inner->() }
print outer("a"), " ", outer("b"), "\n";
