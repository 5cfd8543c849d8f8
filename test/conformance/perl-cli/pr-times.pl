# times returns four CPU times in seconds (user, system, children user, children system).
my @t = times;
print "count: ", scalar(@t), "\n";
print "non-negative numbers: ", ((grep { /^\d+(\.\d+)?$/ && $_ >= 0 } @t) == 4 ? "yes" : "no"), "\n";
my $u = times; print "scalar is user time: ", ($u == $t[0] || $u >= $t[0] ? "yes" : "no"), "\n";
system 'true';
my @a = times; print "children after: ", ($a[2] >= 0 && $a[3] >= 0 ? "yes" : "no"), "\n";
