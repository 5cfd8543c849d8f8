sub two($$) { "@_" }
print two(1, 2), "\n";
my $r = eval 'two(1); 1';
print "E: $@";
