sub add { my ($a, $b) = @_; return $a + $b }
print add(2, 3), "\n";
sub ctx { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @x = ctx(); my $y = ctx();
print "$x[0] $y\n";
sub mod { $_[0] = "changed" }
my $v = "orig"; mod($v); print "$v\n";
sub many { return (1, 2, 3) }
my $last = many(); my ($f) = many(); my $cnt = () = many();
print "$last $f $cnt\n";
sub fact { my $n = shift; return $n <= 1 ? 1 : $n * fact($n - 1) }
print fact(10), "\n";
sub noret { my $x = shift; $x * 2 }
print noret(21), "\n";
my @arr = (1, 2, 3);
sub count { scalar(@_) }
print count(@arr, 4), "\n";
sub defaults { my %o = (size => 1, @_); return "$o{size} $o{color}" }
print defaults(color => 'red'), "\n";
print &add(1, 1), "\n";
sub rec { my $d = shift; return $d if $d == 0; rec($d - 1) }
print rec(100), "\n";
