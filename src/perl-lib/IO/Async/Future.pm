package IO::Async::Future;
# A Future whose ->await runs its loop until it is ready.
use strict;
use warnings;
use Future;

our $VERSION = '0.802';
our @ISA = ('Future');

sub new {
    my ($proto, $loop) = @_;
    my $self = Future::new($proto);
    $self->{loop} = ref $proto ? $proto->{loop} : $loop;
    return $self;
}

sub loop { $_[0]{loop} }

sub await {
    my ($self) = @_;
    $self->{loop}->loop_once until $self->{ready};
    return $self;
}

1;
