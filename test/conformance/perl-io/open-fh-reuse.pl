# Reopening a handle closes the old file first; $. restarts.
open my $w, '>', 'a.txt' or die; print $w "a1\na2\n"; close $w;
open $w, '>', 'b.txt' or die; print $w "b1\n"; close $w;
open FH, '<', 'a.txt' or die;
<FH>; <FH>;
print "a: $.\n";
open FH, '<', 'b.txt' or die;
my $l = <FH>;
print "b: $. $l";
open $w, '>', 'c.txt' or die;
print $w "first\n";
open $w, '>', 'd.txt' or die;
print $w "second\n";
close $w;
print "c flushed on reopen: ", -s 'c.txt', "\n";
