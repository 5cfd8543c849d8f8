our $g = "global";
sub show { print "g=$g\n" }
sub test { local $g = "local"; show() }
test(); show();
$_ = "topic";
for (1..2) { print "in: $_\n" }
print "out: $_\n";
our @list = (1, 2);
{ local @list = (3); print "@list\n" }
print "@list\n";
my %h = (a => 1);
{ local $h{a} = 2; print $h{a}, "\n" }
print $h{a}, "\n";
