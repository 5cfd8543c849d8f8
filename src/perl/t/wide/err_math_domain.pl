eval { my $x = log(0) }; print "1: $@";
eval { my $x = sqrt(-1) }; print "2: $@";
eval { my $x = log(-3) }; print "3: $@";
print "end\n";
