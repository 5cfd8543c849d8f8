# truncate by name and by handle.
open my $w, '>', 't.txt' or die; print $w "x" x 100; close $w;
print "truncate name: ", truncate('t.txt', 40), " size: ", -s 't.txt', "\n";
open my $fh, '+<', 't.txt' or die;
print "truncate fh: ", truncate($fh, 10), " size: ", -s 't.txt', "\n";
seek $fh, 0, 2;
print "end after truncate: ", tell($fh), "\n";
print "grow: ", truncate($fh, 20), " size: ", -s 't.txt', "\n";
seek $fh, 15, 0; read $fh, my $b, 5;
print "zero bytes: ", join(',', map { ord } split //, $b), "\n";
close $fh;
print "missing: ", (truncate('nope.txt', 0) ? 1 : 0), " [$!]\n";
open $fh, '<', 't.txt' or die;
print "read-only: ", (truncate($fh, 0) ? 1 : 0), " [$!]\n";
