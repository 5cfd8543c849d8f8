use warnings;
my @a = (3, 1, 2);
my $n = @a;
my %h = (a => 1);
print "n=$n\n";
my $x = "5" + "5";
print "@a[0]\n" if 0;
if (my $y = 0) { }
print "done\n";
