# Large amounts through pipes both ways: writes block until the reader catches up.
$| = 1;
open my $p, '|-', 'wc', '-c' or die;
print $p 'x' x 300_000;
print $p "\n" x 1000;
close $p or die "close: $! $?";
open my $q, '-|', 'seq', '1', '50000' or die;
my ($n, $sum, $last) = (0, 0, '');
while (my $l = <$q>) { $n++; $sum += $l; $last = $l }
close $q;
print "lines: $n sum: $sum last: $last";
pipe(my $r, my $w) or die;
my $pid = fork // die;
if (!$pid) { close $r; print $w "y" x 200_000; close $w; exit 0 }
close $w;
my $got = do { local $/; <$r> };
waitpid $pid, 0;
print "through pipe(): ", length($got), "\n";
