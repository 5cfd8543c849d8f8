use warnings;
my %h;
my $k;
$h{$k} = 1;
print join(",", map { "[$_]" } keys %h), "\n";
my $v = $h{+undef};
