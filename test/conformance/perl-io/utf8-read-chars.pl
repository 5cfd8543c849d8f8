# Reading UTF-8 text as characters: length, substr, reverse, tr.
open my $w, '>', 'greek.txt' or die;
print $w "\xce\xb1\xce\xb2\xce\xb3\n\xe2\x82\xac\n";
close $w;
open my $r, '<:encoding(UTF-8)', 'greek.txt' or die;
my @l = <$r>;
close $r;
chomp @l;
print "lengths: ", join(',', map { length } @l), "\n";
print "ords: ", join(',', map { sprintf '%x', ord } split //, $l[0]), "\n";
binmode STDOUT, ':encoding(UTF-8)';
print "reversed: ", scalar reverse($l[0]), "\n";
print "uc: ", uc($l[0]), "\n";
print "euro: $l[1]\n";
open $r, '<', 'greek.txt' or die;
binmode $r, ':raw';
my $bytes = <$r>;
print "raw first line: ", length($bytes) - 1, "\n";
