my $r = eval { exit 7; 1 };
print "not reached\n";
