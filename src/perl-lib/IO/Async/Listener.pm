package IO::Async::Listener;
# Accepts connections on a listening socket and hands each to on_accept
# (the socket), on_socket (a handle) or on_stream (an IO::Async::Stream).
use strict;
use warnings;
use Carp ();
use IO::Socket::INET;
use IO::Async::Handle;

our $VERSION = '0.802';
our @ISA = ('IO::Async::Handle');

sub configure {
    my ($self, %params) = @_;
    for my $k (qw(on_accept on_stream on_socket on_accept_error handle_constructor handle_class acceptor)) {
        $self->{$k} = delete $params{$k} if exists $params{$k};
    }
    $self->SUPER::configure(%params);
    return;
}

sub on_read_ready {
    my ($self) = @_;
    my $sock = $self->{read_handle}->accept or return;
    if ($self->{on_stream}) {
        require IO::Async::Stream;
        my $stream = IO::Async::Stream->new(handle => $sock);
        $self->{on_stream}->($self, $stream);
    } elsif ($self->{on_socket}) {
        require IO::Async::Handle;
        $self->{on_socket}->($self, IO::Async::Handle->new(handle => $sock));
    } elsif ($self->{on_accept}) {
        $self->{on_accept}->($self, $sock);
    } elsif (my $code = $self->can('on_stream') || $self->can('on_accept')) {
        $code->($self, $sock);
    }
    return;
}

sub is_listening { defined $_[0]{read_handle} }
sub sockname { my $h = $_[0]{read_handle}; return $h ? getsockname $h : undef }
sub family { 2 }
sub socktype { 1 }

sub listen {
    my ($self, %params) = @_;
    my $loop = $self->{loop} or Carp::croak('Cannot listen when not a member of a Loop');
    my $f = $loop->new_future;
    if (my $h = $params{handle}) {
        $self->configure(handle => $h);
        return $f->done($self);
    }
    my $addr = $params{addr} || {};
    $addr = $addr->[0] if ref $addr eq 'ARRAY';
    my $port = defined $addr->{port} ? $addr->{port} : $params{service};
    my $host = $addr->{ip} || $params{host};
    my $sock = IO::Socket::INET->new(
        (defined $host ? (LocalAddr => $host) : ()),
        LocalPort => defined $port ? $port : 0,
        Proto     => 'tcp',
        Listen    => $params{queuesize} || 3,
        ReuseAddr => 1,
    );
    unless ($sock) {
        my $err = $!;
        $params{on_listen_error}->("bind: $err") if $params{on_listen_error};
        return $f->fail("bind: $err", listen => bind => $err);
    }
    $self->configure(handle => $sock);
    $params{on_listen}->($sock) if $params{on_listen};
    return $f->done($self);
}

1;
