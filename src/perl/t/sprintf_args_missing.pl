my $s = sprintf("%s and %s", "one");
print "[$s]\n";
