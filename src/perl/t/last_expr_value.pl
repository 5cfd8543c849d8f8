sub f { my $x = shift; if ($x) { "true branch" } else { "false branch" } }
print f(1), " ", f(0), "\n";
sub g { my @a = (1, 2, 3); @a }
my $c = g(); my @l = g();
print "$c @l\n";
my $v = do { 1; 2; 42 };
print "$v\n";
