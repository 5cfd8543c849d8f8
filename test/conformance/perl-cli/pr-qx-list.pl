# Backticks in list context: one element per line; chomp works on the list.
my @l = `printf 'x\ny\nz'`;
print scalar(@l), " lines, last [$l[-1]]\n";
chomp(my @c = `seq 3`);
print join(",", @c), "\n";
my @none = `true`; print "none: ", scalar(@none), "\n";
print "status: ", $? >> 8, "\n" for `sh -c 'exit 9'`;
`sh -c 'exit 9'`; print "after: ", $? >> 8, "\n";
