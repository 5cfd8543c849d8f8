our $v = 1;
our %h = (k => 'orig');
eval { local $v = 2; local $h{k} = 'temp'; die "x\n" };
print "$v $h{k}\n";
sub rec { my $n = shift; local $v = $n; return $n ? rec($n - 1) . $v : "base$v" }
print rec(3), " $v\n";
{ local @ARGV = (1, 2); print scalar(@ARGV), "\n"; }
print scalar(@ARGV), "\n";
