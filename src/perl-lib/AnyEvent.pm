package AnyEvent;
# The AnyEvent API on its pure-Perl backend (AnyEvent::Loop): timers,
# I/O, signal, child and idle watchers (each lives as long as the object
# returned), condition variables, now/time.
use strict;
use warnings;
use Carp ();
use AnyEvent::Loop;

our $VERSION = '7.17';
our $MODEL = 'AnyEvent::Impl::Perl';
our @REGISTRY;

sub detect { $MODEL }
sub post_detect { my ($class, $cb) = @_; $cb->(); return }

sub now { AnyEvent::Loop::now() }
sub time { AnyEvent::Loop::time() }
sub now_update { AnyEvent::Loop::now_update() }

sub timer {
    my ($class, %arg) = @_;
    my $cb = $arg{cb} or Carp::croak('AnyEvent->timer called without cb argument');
    return AnyEvent::Loop::timer($arg{after} || 0, $arg{interval} || 0, $cb);
}

sub io {
    my ($class, %arg) = @_;
    my $fh = $arg{fh};
    Carp::croak('AnyEvent->io called without fh argument') unless defined $fh;
    my $poll = $arg{poll} || Carp::croak('AnyEvent->io called without poll argument');
    return AnyEvent::Loop::io($fh, $poll eq 'w' ? 1 : 0, $arg{cb});
}

sub signal {
    my ($class, %arg) = @_;
    (my $name = $arg{signal}) =~ s/^SIG//;
    return AnyEvent::Loop::signal($name, $arg{cb});
}

sub child {
    my ($class, %arg) = @_;
    return AnyEvent::Loop::child($arg{pid}, $arg{cb});
}

sub idle {
    my ($class, %arg) = @_;
    return AnyEvent::Loop::idle($arg{cb});
}

sub condvar {
    my $class = shift;
    return AnyEvent::CondVar->new(@_);
}

sub _dupfh { $_[2] }

package AnyEvent::CondVar;
# A condition variable: send/recv, croak, begin/end counting, cb.
use strict;
use warnings;

sub new {
    my ($class, %arg) = @_;
    my $self = bless {}, $class;
    $self->{_ae_cb} = $arg{cb} if $arg{cb};
    return $self;
}

sub send {
    my $self = shift;
    $self->{_ae_sent} = [@_];
    if (my $cb = delete $self->{_ae_cb}) { $cb->($self) }
    return;
}

sub croak {
    my ($self, $msg) = @_;
    $self->{_ae_croak} = $msg;
    return $self->send;
}

sub ready { exists $_[0]{_ae_sent} }

sub _wait {
    my $self = shift;
    AnyEvent::Loop::one_event() until exists $self->{_ae_sent};
    return;
}

sub recv {
    my $self = shift;
    $self->_wait;
    if (defined(my $msg = $self->{_ae_croak})) { Carp::croak($msg) }
    return wantarray ? @{ $self->{_ae_sent} } : $self->{_ae_sent}[0];
}
{ no warnings 'once'; *wait = \&_wait; }

sub cb {
    my $self = shift;
    if (@_) {
        my $cb = shift;
        if (exists $self->{_ae_sent}) { $cb->($self) }
        else { $self->{_ae_cb} = $cb }
    }
    return $self->{_ae_cb};
}

sub begin {
    my ($self, $cb) = @_;
    ++$self->{_ae_counter};
    $self->{_ae_end_cb} = $cb if $cb;
    return;
}

sub end {
    my $self = shift;
    return if --$self->{_ae_counter};
    if (my $cb = $self->{_ae_end_cb}) { $cb->($self) }
    else { $self->send }
    return;
}

1;
