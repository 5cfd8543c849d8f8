my $s = "abc";
print "before\n";
my $ok = eval { $s =~ /(ab/; 1 };
print "not reached\n";
