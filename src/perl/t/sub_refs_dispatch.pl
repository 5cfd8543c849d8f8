my %dispatch = (
  add => sub { $_[0] + $_[1] },
  mul => sub { $_[0] * $_[1] },
);
for my $op (sort keys %dispatch) { print "$op: ", $dispatch{$op}->(3, 4), "\n"; }
sub apply { my ($f, @args) = @_; return $f->(@args) }
print apply(\&CORE_ADD, 1, 2), "\n" if 0;
sub double { $_[0] * 2 }
my $ref = \&double;
print $ref->(21), " ", &$ref(5), " ", &{$ref}(1), "\n";
print defined &double ? "defined\n" : "undef\n";
print exists &nosuch ? "exists\n" : "no such\n";
