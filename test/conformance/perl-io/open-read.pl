# 3-arg '<': read a file written earlier, line by line and whole.
open my $w, '>', 'in.txt' or die "w: $!";
print $w "alpha\nbeta\ngamma\n";
close $w or die;
open my $r, '<', 'in.txt' or die "r: $!";
my $first = <$r>;
print "first: $first";
my @rest = <$r>;
print "rest: ", scalar(@rest), " lines: @rest";
print "at eof: ", (eof($r) ? 1 : 0), "\n";
close $r;
print "open returns: ", (open(my $x, '<', 'in.txt') ? 'true' : 'false'), "\n";
print "missing: ", (open(my $y, '<', 'nope.txt') ? 'true' : 'false'), " [$!]\n";
print "undef result: ", (defined(open(my $z, '<', 'nope.txt')) ? 'defined' : 'undef'), "\n";
