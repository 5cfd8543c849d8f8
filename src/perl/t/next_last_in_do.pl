my @found;
for my $n (1..20) {
  next unless $n % 3 == 0;
  push @found, $n;
  last if @found == 4;
}
print "@found\n";
my $i = 0;
while (1) { $i++; last if $i > 5 }
print "$i\n";
