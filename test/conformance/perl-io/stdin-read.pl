# Reading STDIN from a pipe: scalar, list, -t, eof.
print "-t STDIN: ", (-t STDIN ? 1 : 0), "\n";
print "-p STDIN: ", (-p STDIN ? 1 : 0), "\n";
my $first = <STDIN>;
print "first: $first";
my @rest = <STDIN>;
print "rest: ", scalar(@rest), " \$.: $.\n";
print "eof: ", (eof(STDIN) ? 1 : 0), "\n";
my $x = <STDIN>;
print "after eof: ", (defined $x ? 'defined' : 'undef'), "\n";
