package IO::Async::Notifier;
# The base of IO::Async's objects: parameters set by configure, a loop
# once added, child notifiers, and events invoked by name (on_* params).
use strict;
use warnings;
use Carp ();

our $VERSION = '0.802';

sub new {
    my ($class, %params) = @_;
    my $self = bless { children => [] }, $class;
    $self->_init(\%params);
    $self->configure(%params);
    return $self;
}

sub _init { }

sub configure {
    my ($self, %params) = @_;
    for my $key (keys %params) {
        if ($key =~ /^on_/) { $self->{$key} = delete $params{$key} }
        elsif ($key eq 'notifier_name') { $self->{notifier_name} = delete $params{$key} }
    }
    Carp::croak('Unrecognised configuration keys for ' . ref($self) . ' - ' . join(' ', sort keys %params))
        if %params;
    return;
}

sub loop { $_[0]{loop} }
sub parent { $_[0]{parent} }
sub children { @{ $_[0]{children} } }
sub notifier_name { $_[0]{notifier_name} }

sub add_child {
    my ($self, $child) = @_;
    Carp::croak('Cannot add a child that already has a parent') if $child->{parent};
    push @{ $self->{children} }, $child;
    $child->{parent} = $self;
    $self->{loop}->add($child) if $self->{loop} && !$child->{loop};
    return;
}

sub remove_child {
    my ($self, $child) = @_;
    @{ $self->{children} } = grep { $_ != $child } @{ $self->{children} };
    delete $child->{parent};
    $self->{loop}->remove($child) if $child->{loop};
    return;
}

sub remove_from_parent {
    my $self = shift;
    if ($self->{parent}) { $self->{parent}->remove_child($self) }
    elsif ($self->{loop}) { $self->{loop}->remove($self) }
    return;
}

sub _add_to_loop { }
sub _remove_from_loop { }

sub can_event {
    my ($self, $name) = @_;
    return $self->{$name} || $self->can($name);
}

sub invoke_event {
    my ($self, $name, @args) = @_;
    my $code = $self->can_event($name) or Carp::croak("$self cannot handle $name event");
    return $code->($self, @args);
}

sub maybe_invoke_event {
    my ($self, $name, @args) = @_;
    my $code = $self->can_event($name) or return undef;
    return [ $code->($self, @args) ];    # true once a handler ran, whatever it returned
}

sub make_event_cb {
    my ($self, $name) = @_;
    my $code = $self->can_event($name) or Carp::croak("$self cannot handle $name event");
    return sub { $code->($self, @_) };
}

sub invoke_error {
    my ($self, $message, $name, @details) = @_;
    if (my $code = $self->{on_error} || $self->can('on_error')) { return $code->($self, $message, $name, @details) }
    if ($self->{parent}) { return $self->{parent}->invoke_error($message, $name, @details) }
    die "$message\n";
}

sub adopt_future { my ($self, $f) = @_; return $f }

1;
