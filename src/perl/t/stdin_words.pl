my %freq;
while (my $line = <STDIN>) {
  $freq{lc $_}++ for $line =~ /(\w+)/g;
}
print "$_: $freq{$_}\n" for sort keys %freq;
