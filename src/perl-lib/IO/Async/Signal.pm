package IO::Async::Signal;
# Calls on_receipt each time the named signal arrives.
use strict;
use warnings;
use IO::Async::Notifier;

our $VERSION = '0.802';
our @ISA = ('IO::Async::Notifier');

sub configure {
    my ($self, %params) = @_;
    $self->{name} = delete $params{name} if exists $params{name};
    $self->SUPER::configure(%params);
    return;
}

sub _add_to_loop {
    my ($self, $loop) = @_;
    $self->{id} = $loop->attach_signal($self->{name}, sub { $self->invoke_event('on_receipt') });
    return;
}

sub _remove_from_loop {
    my ($self, $loop) = @_;
    $loop->detach_signal($self->{name}, delete $self->{id}) if $self->{id};
    return;
}

1;
