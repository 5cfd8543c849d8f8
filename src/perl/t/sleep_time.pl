my $t0 = time;
sleep 2;
my $d = time - $t0;
print "slept ok\n" if $d >= 2 && $d <= 3;
my @lt = localtime(0);
print scalar(@lt), "\n";
my $g = gmtime(86400 * 365);
print "$g\n";
