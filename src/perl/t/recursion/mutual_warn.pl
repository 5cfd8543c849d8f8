use warnings;
sub ping { my $n = shift; $n ? pong($n - 1) : "ping" }
sub pong { my $n = shift; $n ? ping($n - 1) : "pong" }
print ping(450), "\n";
my $count = sub { my ($self, $n) = @_; $n ? 1 + $self->($self, $n - 1) : 0 };
print $count->($count, 250), "\n";
