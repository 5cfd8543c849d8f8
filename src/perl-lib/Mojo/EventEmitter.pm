package Mojo::EventEmitter;
# Named events with subscribers: on, once, emit, unsubscribe.
use strict;
use warnings;
use Scalar::Util ();

our $VERSION = '9.31';

sub new { my $class = shift; return bless { @_ == 1 ? %{ $_[0] } : @_ }, ref $class || $class }

sub on {
    my ($self, $name, $cb) = @_;
    push @{ $self->{events}{$name} }, $cb;
    return $cb;
}

sub once {
    my ($self, $name, $cb) = @_;
    Scalar::Util::weaken($self);
    my $wrapper;
    $wrapper = sub { $self->unsubscribe($name => $wrapper); $cb->(@_) };
    $self->on($name => $wrapper);
    Scalar::Util::weaken($wrapper);
    return $wrapper;
}

sub emit {
    my ($self, $name) = (shift, shift);
    if (my $s = $self->{events}{$name}) {
        for my $cb (@$s) { $self->$cb(@_) }
    } elsif ($name eq 'error') {
        die "@{[ref $self]}: $_[0]";
    }
    return $self;
}

sub has_subscribers { !!$_[0]{events}{ $_[1] } }
sub subscribers { $_[0]{events}{ $_[1] } ||= [] }

sub unsubscribe {
    my ($self, $name, $cb) = @_;
    if ($cb) {
        $self->{events}{$name} = [ grep { $cb ne $_ } @{ $self->{events}{$name} || [] } ];
        delete $self->{events}{$name} unless @{ $self->{events}{$name} };
    } else {
        delete $self->{events}{$name};
    }
    return $self;
}

1;
