# $! is a dualvar: the number and Linux's text.
for my $n (1, 2, 4, 9, 11, 12, 13, 17, 20, 21, 22, 24, 28, 32, 98, 104, 110, 111, 113) {
  $! = $n; printf "%3d %s\n", $! + 0, "$!";
}
$! = 0; print "zero: [$!] ", $! + 0, "\n";
$! = 9999; print "unknown: $!\n";
open my $fh, '<', 'no/such/file' or print "open: $! (", $! + 0, ")\n";
mkdir '.' or print "mkdir: $!\n";
