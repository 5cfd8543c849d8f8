# A failed open or opendir returns undef (so `// die` catches it); close returns false but defined; dup of an unknown name dies.
use strict; use warnings;
my $r = open(my $f, '<', '/no/such/file'); print "open: ", (defined $r ? "[$r]" : 'undef'), " $!\n";
$r = opendir(my $d, '/no/such/dir'); print "opendir: ", (defined $r ? "[$r]" : 'undef'), " $!\n";
$r = close($f); print "close: ", (defined $r ? "[$r]" : 'undef'), " $!\n";
open(KNOWN, '<', '/no/such/file'); $r = open(my $k, '<&', 'KNOWN'); print "dup of a closed handle: ", (defined $r ? "[$r]" : 'undef'), " $!\n";
$! = 0; $r = open(my $g, '>&', 'NOSUCH'); print "not reached\n";
