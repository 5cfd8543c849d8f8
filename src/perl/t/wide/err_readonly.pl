eval { $_ = 1 for (1, 2) }; print "1: $@";
eval { ${\ 5} = 2 }; print "2: $@";
eval { for my $x (1, 2) { $x++ } }; print "3: $@";
eval { my @a = map { $_ *= 2 } (1, 2) }; print "4: $@";
my @v = (1, 2);
$_ *= 2 for @v;
print "5: @v\n";
eval { $1 = "x" }; print "6: $@";
