# perl flushes its handles before system, so output keeps its order in a pipe.
print "first\n";
system "echo second";
print "third\n";
my $x = `echo inner`;
print "fourth $x";
