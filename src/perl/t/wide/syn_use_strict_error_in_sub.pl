use strict;
sub f {
    my $a1 = 1;
    return $b1 + $a1;
}
print f(), "\n";
