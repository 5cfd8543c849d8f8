# close fails with the errno of an earlier failed write; a handle freed with one warns.
use strict; use warnings;
$SIG{PIPE} = 'IGNORE';
pipe(my $r, my $w) or die; close $r; select((select($w), $| = 1)[0]);
print $w "x" or print "print failed: $!\n";
$! = 0; my $ok = close $w; print "close: ", ($ok ? 'ok' : "failed [$!]"), "\n";
open(my $f, '>', '/dev/full') or die; print $f "z"; close($f) or print "full: $!\n";
{ pipe(my $r2, my $w2) or die; close $r2; print $w2 "buffered";
}
print STDERR "after the block\n";
