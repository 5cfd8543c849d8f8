# Writing to a pipe whose reader has gone: EPIPE when SIGPIPE is ignored.
$SIG{PIPE} = 'IGNORE';
open my $p, '|-', 'true' or die;
sleep 1;
my $ok = 1;
for (1 .. 2000) { $ok = print $p ("x" x 100) . "\n"; last unless $ok }
my $c = close $p;
print "close: ", ($c ? 1 : 0), " err: $!\n";
print "status: $?\n";
