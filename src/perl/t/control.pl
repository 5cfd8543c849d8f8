for (my $i = 0; $i < 3; $i++) { print "c$i "; }
print "\n";
my $n = 0;
while ($n < 5) { $n++; next if $n == 2; last if $n == 4; print "w$n "; }
print "\n";
OUTER: for my $i (1..3) { for my $j (1..3) { next OUTER if $j == 2; print "$i$j "; } }
print "\n";
my $k = 3;
until ($k == 0) { print "u$k "; $k--; }
print "\n";
do { print "once\n" } while (0);
print "post\n" for 1..2;
my @l = (1..3);
print "unless\n" unless @l == 0;
if (0) { print "no\n" } elsif (1) { print "elsif\n" } else { print "else\n" }
my $r = 5 > 3 ? "big" : "small";
print "$r\n";
{ print "block\n"; last; print "never\n"; }
my $i = 0;
{ $i++; redo if $i < 3; }
print "redo $i\n";
