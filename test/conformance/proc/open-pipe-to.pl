# open '|-': write to a command; close waits for it and sets $?.
use strict; use warnings;
$| = 1;
open(my $fh, '|-', 'sort', '-r') or die; print $fh "$_\n" for qw(b c a); my $ok = close $fh; print "sort closed: ", ($ok ? 'ok' : 'false'), "\n";
open($fh, '|-', 'sh -c "cat >/dev/null; exit 6"') or die; print $fh "x\n"; $ok = close $fh; print "close: ", ($ok ? 'ok' : 'false'), " exit ", $? >> 8, "\n";
my $pid = open($fh, '|-') // die;
if (!$pid) { while (<STDIN>) { print "child got: $_" } exit 0 }
print $fh "line $_\n" for 1 .. 2; close $fh; print "forked writer done: $?\n";
open($fh, "| tr a-z A-Z") or die; print $fh "two-arg form\n"; close $fh;
