for (1..2) {
    my @inner = map { $_ * 10 } (3, 4);
    print "$_: @inner\n";
}
sub uses_topic { local $_ = "inner"; s/in/out/; return $_ }
$_ = "outer";
print uses_topic(), " $_\n";
for my $x (qw(a b)) { for (1..2) { print "$x$_ " } }
print "\n";
my @a = (1, 2, 3);
s/^/n/ for @a;
print "@a\n";
print "grep: ", join(",", grep { $_ % 2 } map { $_ + 1 } 1..6), "\n";
{ local $_ = "temp"; print length, "\n"; }
print "$_\n";
while (my $line = shift @a) { last if $line eq 'n2' }
print "@a\n";
