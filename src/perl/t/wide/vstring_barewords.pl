my %h;
$h{v1} = 1;
$h{v2}{v3} = 2;
print join(",", sort keys %h), "\n";
sub v5 { "sub v5" }
print v5(), "|", v5, "\n";
my @a = (v1 => 2, v65, 3);
print scalar(@a), " $a[0] $a[2]\n";
print "1.2.3" ne 1.2.3 ? "string differs\n" : "same\n";
print 1.2.3.4 eq v1.2.3.4 ? "bare and v forms equal\n" : "differ\n";
print 1..3, "\n";
my $x = 1.5 . "x";
print "$x\n";
