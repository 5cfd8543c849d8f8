my $s = "aXbXc";
my @pos;
while ($s =~ /X/g) { push @pos, pos($s) }
print "@pos\n";
my $str = "2023-01-15";
my ($y, $m, $d) = $str =~ /^(\d+)-(\d+)-(\d+)$/;
print "$d/$m/$y\n";
my @all = ("a=1, b=2" =~ /(\w)=(\d)/g);
print scalar(@all), "\n";
