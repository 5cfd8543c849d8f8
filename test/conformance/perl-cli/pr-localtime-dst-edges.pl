# DST transitions of POSIX TZ rules: the second before and at each change, north and south, J and n rules.
my @cases = (
  ['EST5EDT,M3.2.0,M11.1.0', 1678604399, 1678604400, 1699163999, 1699164000],
  ['AEST-10AEDT,M10.1.0,M4.1.0/3', 1696089599, 1696089600, 1680364799, 1680364800],
  ['<-03>3<-02>,M3.5.0/-2,M10.5.0/-1', 1679792399, 1679792400, 1698544799, 1698544800],
  ['ABC5DEF,J60,J300', 1677646799, 1677646800, 1698382799, 1698382800],
  ['ABC5DEF4,59,299/1', 1677646799, 1677646800, 1698382799, 1698382800],
  ['NST3:30NDT,M3.2.0/0:01,M11.1.0/0:01', 1678591799, 1678591800, 1699155599, 1699155600],
);
for my $c (@cases) {
  my ($tz, @t) = @$c;
  $ENV{TZ} = $tz;
  print "$tz\n";
  for my $t (@t) { my @l = localtime $t; print "  $t ", scalar(localtime $t), " dst $l[8] yday $l[7]\n" }
}
