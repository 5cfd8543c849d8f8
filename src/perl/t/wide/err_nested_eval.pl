my $r = eval {
    my $inner = eval { die "inner\n"; 1 };
    print "inner failed: $@";
    die "outer\n";
    1;
};
print "outer failed: $@";
eval { eval { die "x\n" }; print "after inner: $@"; };
print "after outer: [", $@, "]\n";
my $v = eval { 42 };
print "v=$v err=[$@]\n";
