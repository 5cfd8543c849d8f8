package Mojo::IOLoop;
# The event loop of Mojolicious: timers, recurring timers, next_tick,
# TCP servers and clients whose connections are Mojo::IOLoop::Stream
# objects, all on a Mojo::Reactor::Poll. Methods work on the singleton
# when called on the class.
use strict;
use warnings;
use Carp ();
use IO::Socket::INET;
use Socket ();
use Scalar::Util ();
use Mojo::EventEmitter;
use Mojo::Reactor::Poll;
use Mojo::IOLoop::Stream;

our $VERSION = '9.31';
our @ISA = ('Mojo::EventEmitter');

my $SINGLETON;
my $ID = 0;

sub new {
    my $class = shift;
    my $self = bless { reactor => Mojo::Reactor::Poll->new, in => {}, out => {}, servers => {} }, $class;
    return $self;
}

sub singleton { $SINGLETON ||= $_[0]->new }
sub _instance { ref $_[0] ? $_[0] : $_[0]->singleton }
sub reactor { _instance(shift)->{reactor} }

sub timer {
    my ($self, $after, $cb) = (_instance(shift), @_);
    Scalar::Util::weaken(my $weak = $self);
    return $self->{reactor}->timer($after => sub { $cb->($weak) });
}

sub recurring {
    my ($self, $after, $cb) = (_instance(shift), @_);
    Scalar::Util::weaken(my $weak = $self);
    return $self->{reactor}->recurring($after => sub { $cb->($weak) });
}

sub next_tick {
    my ($self, $cb) = (_instance(shift), @_);
    Scalar::Util::weaken(my $weak = $self);
    return $self->{reactor}->next_tick(sub { $cb->($weak) });
}

sub remove {
    my ($self, $id) = (_instance(shift), @_);
    if (my $s = delete $self->{in}{$id} || delete $self->{out}{$id}) { $s->close; return }
    if (my $srv = delete $self->{servers}{$id}) { $self->{reactor}->remove($srv->{handle}); close $srv->{handle}; return }
    $self->{reactor}->remove($id);
    return;
}

sub one_tick { _instance(shift)->{reactor}->one_tick }
sub is_running { _instance(shift)->{reactor}->is_running }

sub start {
    my $self = _instance(shift);
    Carp::croak('Mojo::IOLoop already running') if $self->is_running;
    $self->{reactor}->start;
    return;
}

sub stop { _instance(shift)->{reactor}->stop }
sub stop_gracefully { my $self = _instance(shift); $self->emit('finish'); $self->stop }

sub stream {
    my ($self, $arg) = (_instance(shift), @_);
    return $self->{in}{$arg} || $self->{out}{$arg} unless ref $arg;
    my $id = 's' . ++$ID;
    $self->{out}{$id} = $arg;
    $arg->{loop} = $self;
    $arg->on(close => sub { delete $self->{out}{$id} });
    $arg->start;
    return $id;
}

sub acceptor { my ($self, $id) = (_instance(shift), @_); return $self->{servers}{$id}{obj} }

sub server {
    my ($self, $cb) = (_instance(shift), pop);
    my $args = ref $_[0] ? $_[0] : {@_};
    my $sock = IO::Socket::INET->new(
        LocalAddr => $args->{address} || '0.0.0.0',
        LocalPort => $args->{port} || 0,
        Proto     => 'tcp',
        Listen    => $args->{backlog} || 128,
        ReuseAddr => 1,
    ) or Carp::croak("Can't create listen socket: $!");
    my $id = 'a' . ++$ID;
    my $obj = bless { handle => $sock }, 'Mojo::IOLoop::Server';
    $self->{servers}{$id} = { handle => $sock, obj => $obj };
    Scalar::Util::weaken(my $weak = $self);
    $self->{reactor}->io($sock => sub {
        my $c = $sock->accept or return;
        my $stream = Mojo::IOLoop::Stream->new($c);
        my $sid = 'c' . ++$ID;
        $weak->{in}{$sid} = $stream;
        $stream->{loop} = $weak;
        $stream->on(close => sub { delete $weak->{in}{$sid} });
        $stream->start;
        $weak->$cb($stream, $sid);
    });
    return $id;
}

sub client {
    my ($self, $cb) = (_instance(shift), pop);
    my $args = ref $_[0] ? $_[0] : {@_};
    my $id = 'o' . ++$ID;
    my ($addr, $port) = ($args->{address} || '127.0.0.1', $args->{port} || 80);
    # A name that does not resolve fails as IO::Socket::IP reports it to Mojo.
    my ($gai) = Socket::getaddrinfo($addr, $port, { socktype => Socket::SOCK_STREAM() });
    my $sock = $gai ? undef : IO::Socket::INET->new(
        PeerAddr => $addr,
        PeerPort => $port,
        Proto    => 'tcp',
        Timeout  => $args->{timeout} || 10,
    );
    my $err = $gai ? "Can't connect: $gai" : $sock ? undef : ("$!" || "Can't connect");
    Scalar::Util::weaken(my $weak = $self);
    my $reactor = $self->{reactor};
    if ($err) { $reactor->next_tick(sub { $weak->$cb($err, undef) }); return $id }
    $reactor->io($sock => sub {
        $reactor->remove($sock);
        my $stream = Mojo::IOLoop::Stream->new($sock);
        $weak->{out}{$id} = $stream;
        $stream->{loop} = $weak;
        $stream->on(close => sub { delete $weak->{out}{$id} });
        $stream->start;
        $weak->$cb(undef, $stream);
    });
    $reactor->watch($sock, 0, 1);
    return $id;
}

package Mojo::IOLoop::Server;

sub handle { $_[0]{handle} }
sub port { $_[0]{handle}->sockport }

1;
