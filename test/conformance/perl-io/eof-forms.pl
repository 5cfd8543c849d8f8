# eof FH, eof($fh), eof without arguments (the last handle read).
open my $w, '>', 'e.txt' or die; print $w "1\n2\n"; close $w;
open my $fh, '<', 'e.txt' or die;
print "before read: ", (eof($fh) ? 1 : 0), "\n";
my $l = <$fh>;
print "after 1: ", (eof($fh) ? 1 : 0), " eof: ", (eof ? 1 : 0), "\n";
$l = <$fh>;
print "after 2: ", (eof($fh) ? 1 : 0), " eof: ", (eof ? 1 : 0), "\n";
close $fh;
print "closed: ", (eof($fh) ? 1 : 0), "\n";
open FH, '<', 'e.txt' or die;
my $n = 0;
until (eof FH) { my $x = <FH>; $n++ }
print "until eof FH: $n\n";
close FH;
open $w, '>', 'empty.txt'; close $w;
open $fh, '<', 'empty.txt' or die;
print "empty: ", (eof($fh) ? 1 : 0), "\n";
print "never opened: ", (eof(NOPE) ? 1 : 0), "\n";
