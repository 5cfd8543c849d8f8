my %h = (one => 1, two => 2, three => 3);
for my $k (sort keys %h) { print "$k=$h{$k}\n"; }
print exists $h{one} ? "yes\n" : "no\n";
delete $h{one};
print exists $h{one} ? "yes\n" : "no\n";
print scalar(keys %h), "\n";
my @v = sort { $a <=> $b } values %h;
print "@v\n";
my %inv = reverse %h;
print join(",", map { "$_=$inv{$_}" } sort keys %inv), "\n";
my $hr = \%h;
print $hr->{two}, " ", $$hr{three}, "\n";
my @sl = @h{qw(two three)};
print "@sl\n";
$h{$_}++ for qw(a b a);
print "$h{a} $h{b}\n";
while (my ($k, $v) = each %h) { $h{$k} = $v; }
my %e;
print "empty\n" if !%e;
