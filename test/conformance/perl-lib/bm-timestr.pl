use Benchmark qw(timestr timediff timesum);
my $t1 = bless [10, 1.5, 0.25, 0, 0, 1000], 'Benchmark';
my $t2 = bless [13, 2.75, 0.5, 0.125, 0.0625, 1000], 'Benchmark';
my $z = bless [0, 0, 0, 0, 0, 0], 'Benchmark';
for my $t ($t1, $t2, $z) {
    print timestr($t), "\n";
    print timestr($t, $_), "\n" for qw(all noc nop auto none);
    print timestr($t, 'all', '5.3f'), "\n";
    print timestr($t, 'noc', '.1f'), "\n";
}
my $d = timediff($t2, $t1);
print "diff: ", join(',', @$d), "\n", timestr($d), "\n";
my $s = timesum($t1, $t2);
print "sum: ", join(',', @$s), "\n", timestr($s), "\n";
print "real=", $t2->real, " cpu_p=", $t2->cpu_p, " cpu_c=", $t2->cpu_c, " cpu_a=", $t2->cpu_a, " iters=", $t2->iters, "\n";
