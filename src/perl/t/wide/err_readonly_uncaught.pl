sub inc { $_[0]++ }
my $x = 1;
inc($x);
print "$x\n";
inc(5);
print "not reached\n";
