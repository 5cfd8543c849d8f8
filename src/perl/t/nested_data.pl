my %db = (
  alice => { age => 30, langs => ['perl', 'c'] },
  bob   => { age => 25, langs => ['python'] },
);
for my $name (sort keys %db) {
  my $p = $db{$name};
  printf "%-6s %2d %s\n", $name, $p->{age}, join("/", @{ $p->{langs} });
}
my @sorted = sort { $db{$a}{age} <=> $db{$b}{age} } keys %db;
print "youngest: $sorted[0]\n";
push @{ $db{bob}{langs} }, 'go';
print scalar @{ $db{bob}{langs} }, "\n";
my $total = 0;
$total += $_->{age} for values %db;
print "total $total\n";
