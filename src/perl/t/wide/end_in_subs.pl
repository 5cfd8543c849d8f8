my $x = 7;
eval q{END { print "eval END sees x=$x\n" }};
$x = 8;
sub g {
  my $z = shift;
  my @l = (1, $z);
  END { print "g's END: ", defined $z ? $z : "undef", " $x @l\n" }
}
g(3);
g(4);
sub h { my $q = 1; END { print "h's END (h never called): ", defined $q ? $q : "undef", " x=$x\n" } }
sub k { END { print "k's END uses no lexical\n" } }
for my $i (1 .. 3) { my $y = $i * 10; END { print "loop END sees y=$y\n" } }
print "body\n";
