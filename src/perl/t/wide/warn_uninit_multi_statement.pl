use warnings;
my ($a1, $b1);
my $r = $a1 . $b1;
my %h;
my $s = $h{x}{y} . "";
my @arr;
my $t = $arr[0][1] . "";
print "ok\n";
