# Warnings for I/O on closed and unopened handles.
use warnings;
open my $fh, '>', 'w.txt' or die;
close $fh;
print $fh "x";
printf $fh "%s", 'y';
my $l = <$fh>;
open IN, '<', 'w.txt' or die; close IN;
my $m = <IN>;
print NEVEROPENED "z";
open my $r, '<', 'w.txt' or die;
print $r "wrong way";
open my $o, '>', 'o.txt' or die;
my $n = <$o>;
print "eof closed: ", (eof($fh) ? 1 : 0), "\n";
binmode $fh;
print "done\n";
