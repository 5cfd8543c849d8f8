my @lines = ("a\n", "b\n", "c");
chomp(@lines);
print join("|", @lines), "\n";
my $n = chomp(my $x = "text\n");
print "$n [$x]\n";
