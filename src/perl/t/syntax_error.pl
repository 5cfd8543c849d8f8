my $x = ;
print "never\n";
