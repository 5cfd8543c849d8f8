my $s = "line\n";
my $r = chomp($s);
print "$r [$s]\n";
$r = chomp($s);
print "$r [$s]\n";
my $c = chop($s);
print "$c [$s]\n";
my @l = ("a\n", "b\n", "c");
my $n = chomp(@l);
print "$n @l\n";
{ local $/ = "xx"; my $t = "dataxxxx"; chomp $t; print "[$t]\n"; }
{ local $/ = ""; my $t = "para\n\n\n"; chomp $t; print "[$t]\n"; }
my %h = (a => "v\n");
chomp(%h);
print "[$h{a}]\n";
