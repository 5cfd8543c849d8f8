package IO::Async::Timer::Periodic;
# A timer that ticks every `interval` seconds (first after first_interval).
use strict;
use warnings;
use Carp ();
use IO::Async::Notifier;

our $VERSION = '0.802';
our @ISA = ('IO::Async::Notifier');

sub configure {
    my ($self, %params) = @_;
    for my $k (qw(interval first_interval reschedule)) { $self->{$k} = delete $params{$k} if exists $params{$k} }
    Carp::croak('Expected either a on_tick callback or an ->on_tick method')
        unless $params{on_tick} || $self->{on_tick} || $self->can('on_tick');
    $self->SUPER::configure(%params);
    return;
}

sub _add_to_loop { my $self = shift; $self->start if delete $self->{start_when_added}; return }
sub _remove_from_loop { my $self = shift; $self->stop; return }
sub is_running { $_[0]{id} ? 1 : '' }

sub start {
    my ($self) = @_;
    my $loop = $self->{loop};
    unless ($loop) { $self->{start_when_added} = 1; return $self }
    return $self if $self->{id};
    my $first = defined $self->{first_interval} ? $self->{first_interval} : $self->{interval};
    $self->{next} = $loop->time + $first;
    $self->_schedule;
    return $self;
}

sub _schedule {
    my ($self) = @_;
    $self->{id} = $self->{loop}->watch_time(at => $self->{next}, code => sub {
        $self->{next} += $self->{interval};
        $self->_schedule;
        $self->invoke_event('on_tick');
    });
    return;
}

sub stop {
    my ($self) = @_;
    if (my $id = delete $self->{id}) { $self->{loop}->unwatch_time($id) }
    return $self;
}

1;
