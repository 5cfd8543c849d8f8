use feature 'state';
sub counter { state $n = 0; state @hist; push @hist, ++$n; return "@hist" }
print counter(), "\n" for 1..3;
sub gen { return sub { state $x = 10; $x++ } }
my ($g1, $g2) = (gen(), gen());
print $g1->(), $g1->(), $g2->(), "\n";
for my $i (1..2) { state $once = do { print "init once\n"; 5 }; print "$once\n" }
