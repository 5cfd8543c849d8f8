sub who { my @c = caller; return $c[0] }
sub f { my $x = eval { return 5 }; return "after $x" } print f(), "\n";
my @l = eval { return (1,2,3) }; print "@l\n";
my $n = eval { my @a = (4,5,6); return @a }; print "$n\n";
sub g { my $r = eval { my $h = { a => 1 }; return $h }; return $r->{a} } print g(), "\n";
our $gl = "outer"; sub h { eval { local $gl = "inner"; return 1 }; return $gl } print h(), "\n";
my $ok = eval { for my $i (1..3) { return "loop$i" if $i == 2 } "none" }; print "$ok\n";
my $u = eval { return }; print defined $u ? "def" : "undef", "\n";
sub k { my @r = eval { return wantarray ? "list" : "scalar" }; return $r[0] } print k(), "\n";
eval { eval { return 1 }; print "inner done\n"; die "x\n" }; print "err $@";
my $z = eval { sub { return 7 }->() + 1 }; print "$z\n";
eval { package E; die "x\n" }; print who(), " $@";
my $r = eval { package E2; return 5 }; print who(), " $r\n";
sub ff { { package G; return main::who() } } print ff(), " ", who(), "\n";
