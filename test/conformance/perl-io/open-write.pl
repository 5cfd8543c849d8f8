# '>' creates and truncates.
open my $w, '>', 'out.txt' or die;
print $w "a long first version\n";
close $w;
print "size1: ", -s 'out.txt', "\n";
open $w, '>', 'out.txt' or die;
print $w "short\n";
close $w;
print "size2: ", -s 'out.txt', "\n";
open my $r, '<', 'out.txt' or die;
print "content: ", <$r>;
close $r;
open $w, '>', 'empty.txt' or die;
close $w;
print "empty exists: ", (-e 'empty.txt' ? 1 : 0), " size: ", (-s 'empty.txt' || 0), "\n";
printf "mode: %o\n", (stat 'out.txt')[2] & 0777;
