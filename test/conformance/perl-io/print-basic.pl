# print: lists, $, and $\, a block as filehandle, return value.
print "a", "b", "c";
print "\n";
{ local $, = '-'; local $\ = "!\n"; print "x", "y", "z"; }
my @list = (1, 2, 3);
print "list: @list\n";
print "count: " . @list . "\n";
my %h = (fh => \*STDOUT);
print { $h{fh} } "block fh\n";
print STDOUT "explicit STDOUT\n";
my $r = print "";
print "returns: $r\n";
$_ = "default \$_\n";
print;
print STDOUT;
my $fh = \*STDOUT;
print $fh "scalar fh\n";
print {$fh} ("parens", "\n");
