sub safe { local $@; eval { die "inner\n" }; return "safe" }
eval { die "outer\n" };
my $r = safe();
print "$r: $@";
eval { 1 };
print "cleared: [$@]\n";
