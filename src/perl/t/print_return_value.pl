my $r = print "";
print "r=$r\n";
