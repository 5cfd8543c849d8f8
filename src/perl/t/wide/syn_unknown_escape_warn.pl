use warnings;
my $s = "a\qb";
print "$s\n";
my $r = "x" =~ /\y/ ? 1 : 0;
