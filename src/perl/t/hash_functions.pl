my %h;
@h{qw(a b c)} = (1, 2, 3);
print join(",", map { "$_$h{$_}" } sort keys %h), "\n";
my @k = sort keys %h;
print scalar(@k), "\n";
my %copy = %h;
$copy{d} = 4;
print scalar(keys %h), " ", scalar(keys %copy), "\n";
my $hr = \%copy;
for (sort keys %$hr) { print "$_ " }
print "\n";
print "has b\n" if exists $hr->{b};
my %count;
$count{length $_}++ for qw(a bb cc ddd);
print join(",", map { "$_:$count{$_}" } sort keys %count), "\n";
