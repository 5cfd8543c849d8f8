# A large write and read back: sizes, last line, line count.
open my $w, '>', 'big.txt' or die;
for my $i (1 .. 20000) { print $w "line number $i\n" }
close $w or die;
print "size: ", -s 'big.txt', "\n";
open my $r, '<', 'big.txt' or die;
my ($n, $last) = (0, '');
while (<$r>) { $n++; $last = $_ }
print "lines: $n last: $last";
print "\$.: $.\n";
close $r;
open $r, '<', 'big.txt' or die;
my @all = <$r>;
print "list: ", scalar(@all), " middle: $all[9999]";
