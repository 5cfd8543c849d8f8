eval { my $x = 1 % 0 }; print "1: $@";
eval { my $x = 5 / 0 }; print "2: $@";
my $z = 0;
eval { my $x = 3 / $z }; print "3: $@";
eval { my $x = 3; $x /= 0 }; print "4: $@";
eval { my $x = 3; $x %= 0 }; print "5: $@";
print "end\n";
