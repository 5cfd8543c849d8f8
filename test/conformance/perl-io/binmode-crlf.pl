# The :crlf layer turns \n into \r\n on output and back on input.
open my $w, '>:crlf', 'c.txt' or die;
print $w "one\ntwo\n";
close $w;
print "size: ", -s 'c.txt', "\n";
open my $r, '<:raw', 'c.txt' or die;
my $raw = do { local $/; <$r> };
print "raw: ", join(' ', map { sprintf '%02x', ord } split //, $raw), "\n";
close $r;
open $r, '<:crlf', 'c.txt' or die;
my @l = <$r>;
print "crlf read: ", join('|', map { s/\n/\\n/r } @l), "\n";
