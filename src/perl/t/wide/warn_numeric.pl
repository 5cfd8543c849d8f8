use warnings;
my $a1 = "abc" + 1;
my $b1 = "3abc" * 2;
my $c1 = " 12 " + 0;
my $d1 = "0x10" + 0;
my $e1 = "1e3" + 0;
my $f1 = "" + 5;
print "$a1 $b1 $c1 $d1 $e1 $f1\n";
