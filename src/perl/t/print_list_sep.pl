my @a = (1, 2, 3);
print @a, "\n";
print "@a", "\n";
{ local $, = ":"; print @a; print "\n"; }
{ local $" = "-"; print "@a\n"; }
$\ = "\n";
print "with ORS";
