sub w { wantarray }
my @a = w(); my $s = w(); w();
print defined $a[0] ? "list=$a[0]" : "undef", " ", $s eq '' ? "scalar=empty" : "scalar=$s", "\n";
sub lst { return (4, 5, 6) }
my $x = lst();
my @y = lst();
print "$x @y\n";
sub arr { my @r = (7, 8, 9); return @r }
my $c = arr();
print "$c\n";
