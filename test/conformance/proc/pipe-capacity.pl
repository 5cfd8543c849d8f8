# A pipe holds 64 KiB: a non-blocking writer stops there with EAGAIN.
use strict; use warnings; use IO::Handle;
pipe(my $r, my $w) or die; $w->blocking(0);
my $total = 0; my $err = '';
for (1 .. 100) { my $n = syswrite($w, 'x' x 4096); if (!defined $n) { $err = "$!"; last } $total += $n }
print "buffered: $total\n";
print "then: $err\n";
my $n = sysread($r, my $b, 100000); print "one read gets: $n\n";
