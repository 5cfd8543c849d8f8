my @a = (5, 6, 7);
print "count " . @a . "\n";
print "last index $#a\n";
if (@a > 2) { print "more than two\n" }
my $n = @a + 0;
print "$n\n";
