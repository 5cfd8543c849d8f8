# Reading from an in-memory file.
my $buf = "line1\nline2\nline3";
open my $fh, '<', \$buf or die;
my $first = <$fh>;
print "first: $first";
print "tell: ", tell($fh), "\n";
print "eof: ", (eof($fh) ? 1 : 0), "\n";
my @rest = <$fh>;
print "rest: ", scalar(@rest), " [", join('|', @rest), "]\n";
print "eof now: ", (eof($fh) ? 1 : 0), " \$.: $.\n";
close $fh;
open $fh, '<', \"abc\ndef\n" or die;
local $/;
my $all = <$fh>;
print "slurp length: ", length($all), "\n";
print "fileno: ", fileno($fh), "\n";
