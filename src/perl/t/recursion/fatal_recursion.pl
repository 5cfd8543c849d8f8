use warnings FATAL => 'all';
sub f { my $d = shift; f($d + 1) }
eval { f(1) };
print "died: $@";
print "after\n";
