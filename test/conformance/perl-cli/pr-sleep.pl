# sleep returns the whole seconds slept.
my $r = sleep 1; print "slept $r\n";
$r = sleep 0; print "zero $r\n";
$r = sleep 2; print "two $r\n";
$r = sleep 1.7; print "fraction $r\n";
