my @subs;
{
  my $shared = 0;
  push @subs, sub { $shared++ }, sub { $shared };
}
$subs[0]->() for 1..4;
print $subs[1]->(), "\n";
my $x = 10;
my $add = sub { my $y = shift; sub { $x + $y + shift } };
print $add->(5)->(1), "\n";
