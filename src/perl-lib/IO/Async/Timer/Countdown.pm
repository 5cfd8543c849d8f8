package IO::Async::Timer::Countdown;
# A timer that expires once, `delay` seconds after start.
use strict;
use warnings;
use Carp ();
use IO::Async::Notifier;

our $VERSION = '0.802';
our @ISA = ('IO::Async::Notifier');

sub configure {
    my ($self, %params) = @_;
    $self->{delay} = delete $params{delay} if exists $params{delay};
    $self->{remove_on_expire} = delete $params{remove_on_expire} if exists $params{remove_on_expire};
    Carp::croak('Expected either a on_expire callback or an ->on_expire method')
        unless $params{on_expire} || $self->{on_expire} || $self->can('on_expire');
    $self->SUPER::configure(%params);
    return;
}

sub _add_to_loop { my $self = shift; $self->start if delete $self->{start_when_added}; return }
sub _remove_from_loop { my $self = shift; $self->stop; return }

sub is_running { $_[0]{id} ? 1 : '' }
sub is_expired { $_[0]{expired} ? 1 : '' }

sub start {
    my ($self) = @_;
    my $loop = $self->{loop};
    unless ($loop) { $self->{start_when_added} = 1; return $self }
    return $self if $self->{id};
    Carp::croak('Cannot start a Timer::Countdown without a delay') unless defined $self->{delay};
    $self->{expired} = 0;
    $self->{id} = $loop->watch_time(after => $self->{delay}, code => sub {
        delete $self->{id};
        $self->{expired} = 1;
        $self->invoke_event('on_expire');
        $self->remove_from_parent if $self->{remove_on_expire} && $self->{loop};
    });
    return $self;
}

sub stop {
    my ($self) = @_;
    if (my $id = delete $self->{id}) { $self->{loop}->unwatch_time($id) }
    delete $self->{start_when_added};
    return $self;
}

sub reset {
    my ($self) = @_;
    return $self unless $self->{id};
    $self->stop;
    return $self->start;
}

1;
