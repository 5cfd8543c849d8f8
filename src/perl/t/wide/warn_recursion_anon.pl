use warnings;
my $f;
$f = sub { my $n = shift; $n ? $f->($n - 1) + 1 : 0 };
print $f->(120), "\n";
