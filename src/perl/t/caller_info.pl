sub who { my @c = caller(0); return $c[3] }
sub level1 { return who() }
print level1(), "\n";
sub where { my ($p, $f, $l) = caller; return "$p line $l" }
print where(), "\n";
