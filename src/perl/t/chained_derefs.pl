my $data = { users => [ { name => 'a', roles => ['admin', 'dev'] }, { name => 'b', roles => [] } ] };
for my $u (@{ $data->{users} }) {
  printf "%s: %d roles\n", $u->{name}, scalar @{ $u->{roles} };
}
print $data->{users}->[0]->{roles}->[-1], "\n";
print $$data{users}[0]{name}, "\n";
my @names = map { $_->{name} } @{$data->{users}};
print "@names\n";
print scalar(@{$data->{users}}), "\n";
