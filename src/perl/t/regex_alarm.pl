$SIG{ALRM} = sub { die "timeout\n" };
alarm 1;
my $s = "x" x 26;
my $r = eval { $s =~ /^(x+)+(x+)+\2+[yz]/; 1 };
print "result: ", defined $r ? "finished" : "interrupted: $@";
print "after\n";
