my $x = "abc";
if ($x =~ /ab) { print "yes\n" }
