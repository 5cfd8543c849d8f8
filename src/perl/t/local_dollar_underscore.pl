sub process { local $_ = shift; s/a/b/g; return $_ }
$_ = "keep";
print process("banana"), " $_\n";
for (qw(x y)) { print; }
print "\n";
my @l = map { my $v = $_; $v x 2 } qw(a b);
print "@l\n";
