use JSON::PP;
my $d = { k => [1, { x => 'y' }], z => 'q' };
for my $n (0, 1, 2, 8) { print "-- $n\n", JSON::PP->new->canonical->pretty->indent_length($n)->encode($d) }
print JSON::PP->new->canonical->indent->encode($d);
print JSON::PP->new->canonical->space_before->encode($d), "\n";
print JSON::PP->new->canonical->space_after->encode($d), "\n";
print JSON::PP->new->canonical->space_before->space_after->encode($d), "\n";
print JSON::PP->new->canonical->indent->space_before->encode($d);
print JSON::PP->new->canonical->pretty->space_before(0)->encode($d);
my $j = JSON::PP->new->pretty;
print "flags: ", join(',', map { $j->$_ ? 1 : 0 } qw(get_indent get_space_before get_space_after get_canonical)), " len=", $j->get_indent_length, "\n";
