my $n = "world";
print "Hello \u$n and \U$n\E done\n";
print "\LABC\E def\n";
