my $r = \"const";
print "$$r\n";
eval { $$r = "x"; };
print "after\n";
