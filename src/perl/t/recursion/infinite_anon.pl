use warnings;
my $f;
$f = sub { $f->() };
$f->();
