my @a = (1, 2, 3);
{ local $" = "-"; print "@a\n"; }
print "@a\n";
{ local $, = ","; local $\ = "!\n"; print "a", "b"; }
print "x", "y", "\n";
open(my $fh, "<", \"l1\nl2\nl3\n");
{ local $/; my $all = <$fh>; print length($all), "\n"; }
{ local $/ = "2"; open(my $g, "<", \"a2b2c"); my @c = <$g>; print join("|", @c), "\n"; }
