my $cfg = { host => 'localhost', port => 8080, debug => 0 };
for my $k (sort keys %$cfg) { printf "%-6s = %s\n", $k, $cfg->{$k}; }
my @ks = sort keys %{$cfg};
print scalar(@ks), "\n";
while (my ($k, $v) = each %$cfg) { $cfg->{$k} = "[$v]" }
print join(",", map { $cfg->{$_} } sort keys %$cfg), "\n";
