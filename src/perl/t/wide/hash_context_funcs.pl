my %h = (a => 1, b => 2, c => 3);
print scalar(keys %h), " ", (%h ? "true" : "false"), "\n";
my $cnt = () = %h;
print "$cnt\n";
while (my ($k, $v) = each %h) { $h{$k} = $v * 10 }
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
my %inv = map { $h{$_} => $_ } keys %h;
print join(",", sort { $a <=> $b } keys %inv), "\n";
print exists $h{a} ? 1 : 0, defined $h{z} ? 1 : 0, exists $h{z} ? 1 : 0, "\n";
delete $h{a};
print join(",", sort keys %h), "\n";
my %e;
print scalar(%e) ? "ne\n" : "empty\n";
keys %h;
my @pairs = %h;
print scalar(@pairs), "\n";
%h = ();
print scalar(keys %h), "\n";
