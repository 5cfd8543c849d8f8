package AnyEvent::Handle;
# Buffered non-blocking I/O on a handle for AnyEvent: a read queue
# (push_read/unshift_read of line, chunk, regex or a callback), on_read
# when the queue is empty, a write buffer flushed in the loop, and
# on_error/on_eof/on_drain/timeouts.
use strict;
use warnings;
use Carp ();
use Errno qw(EAGAIN EINTR EPIPE EWOULDBLOCK ETIMEDOUT);
use AnyEvent ();
use AnyEvent::Socket ();
use Scalar::Util ();

our $VERSION = '7.17';

sub new {
    my ($class, %arg) = @_;
    my $self = bless { rbuf => '', wbuf => '', _queue => [], read_size => 2048, %arg }, $class;
    if (my $connect = delete $self->{connect}) {
        AnyEvent::Socket::tcp_connect($connect->[0], $connect->[1], sub {
            my ($fh) = @_;
            if (!$fh) {
                my $err = "$!";
                if ($self->{on_connect_error}) { $self->{on_connect_error}->($self, $err); $self->destroy }
                else { $self->_error($! + 0, 1, $err) }
                return;
            }
            $self->{fh} = $fh;
            $self->_start;
            $self->{on_connect}->($self, $fh->peerhost, $fh->peerport, sub { }) if $self->{on_connect};
        });
    } else {
        Carp::croak('AnyEvent::Handle: either an existing fh or the connect parameter must be specified')
            unless $self->{fh};
        $self->_start;
    }
    return $self;
}

sub _start {
    my $self = shift;
    my $fh = $self->{fh};
    $fh->blocking(0) if ref $fh && $fh->can('blocking');
    binmode $fh;
    $self->{_activity} = AnyEvent->now;
    $self->_timer if $self->{timeout} || $self->{rtimeout} || $self->{wtimeout};
    $self->start_read if $self->{on_read} || @{ $self->{_queue} };
    $self->_drain_wbuf;
    return;
}

sub fh { $_[0]{fh} }
sub rbuf : lvalue { $_[0]{rbuf} }
sub on_error { $_[0]{on_error} = $_[1]; return }
sub on_eof { $_[0]{on_eof} = $_[1]; return }
sub on_timeout { $_[0]{on_timeout} = $_[1]; return }
sub timeout { my ($self, $t) = @_; $self->{timeout} = $t; $self->_timer; return }

sub on_read {
    my ($self, $cb) = @_;
    $self->{on_read} = $cb;
    $self->_drain_rbuf if $cb && $self->{fh};
    $self->start_read if $cb && $self->{fh};
    return;
}

sub on_drain {
    my ($self, $cb) = @_;
    $self->{on_drain} = $cb;
    $cb->($self) if $cb && !length $self->{wbuf};
    return;
}

sub _error {
    my ($self, $errno, $fatal, $message) = @_;
    $! = $errno;
    $message = "$!" unless defined $message;
    if ($self->{on_error}) {
        $self->{on_error}->($self, $fatal, $message);
        $self->destroy if $fatal;
    } elsif ($self->{fh} || $self->{connect_pending}) {
        $self->destroy;
        Carp::croak("AnyEvent::Handle uncaught error: $message");
    }
    return;
}

sub _timer {
    my $self = shift;
    my $t = $self->{timeout} || $self->{rtimeout} || $self->{wtimeout};
    delete $self->{_tw};
    return unless $t;
    Scalar::Util::weaken(my $weak = $self);
    $self->{_tw} = AnyEvent->timer(after => $t, interval => $t, cb => sub {
        return unless $weak && $weak->{fh};
        my $idle = AnyEvent->now - $weak->{_activity};
        return if $idle < $t - 0.001;
        $weak->{_activity} = AnyEvent->now;
        if ($weak->{on_timeout}) { $weak->{on_timeout}->($weak) }
        else { $weak->_error(ETIMEDOUT, 1) }
    });
    return;
}

sub start_read {
    my $self = shift;
    return if $self->{_rw} || $self->{_eof} || !$self->{fh};
    Scalar::Util::weaken(my $weak = $self);
    $self->{_rw} = AnyEvent->io(fh => $self->{fh}, poll => 'r', cb => sub {
        my $self = $weak or return;
        my $n = sysread $self->{fh}, $self->{rbuf}, $self->{read_size}, length $self->{rbuf};
        if ($n) {
            $self->{_activity} = AnyEvent->now;
            $self->_drain_rbuf;
        } elsif (defined $n) {
            delete $self->{_rw};
            $self->{_eof} = 1;
            $self->_drain_rbuf;
        } elsif ($! != EAGAIN && $! != EINTR && $! != EWOULDBLOCK) {
            $self->_error($! + 0, 1);
        }
    });
    return;
}

sub stop_read { delete $_[0]{_rw}; return }

sub _drain_rbuf {
    my $self = shift;
    return if $self->{_in_drain};
    local $self->{_in_drain} = 1;
    while (1) {
        my $len = length $self->{rbuf};
        if (my $cb = shift @{ $self->{_queue} }) {
            unless ($cb->($self)) {
                unshift @{ $self->{_queue} }, $cb;
                return $self->_error(EPIPE, 1) if $self->{_eof};
                last;
            }
        } elsif ($self->{on_read}) {
            last unless $len;
            $self->{on_read}->($self);
            return unless $self->{fh} || $self->{rbuf} ne '';
            if ($len == length $self->{rbuf} && !@{ $self->{_queue} } && $self->{on_read}) {
                return $self->_error(EPIPE, 1) if $self->{_eof};
                last;
            }
        } else {
            delete $self->{_rw} unless $self->{_eof};
            last;
        }
        last unless $self->{fh};
    }
    if ($self->{_eof} && $self->{fh}) {
        if ($self->{on_eof}) { $self->{on_eof}->($self) }
        else { $self->_error(0, 1, 'Unexpected end-of-file') }
        return;
    }
    $self->start_read if $self->{fh} && ($self->{on_read} || @{ $self->{_queue} });
    return;
}

my %READER = (
    line => sub {
        my ($self, $cb, $eol) = @_;
        if (@_ < 3) { ($eol, $cb) = (undef, $cb) }
        $eol = qr/\015?\012/ unless defined $eol;
        $eol = qr/\Q$eol\E/ unless ref $eol;
        return sub {
            $_[0]{rbuf} =~ s/^(.*?)($eol)//s or return 0;
            $cb->($_[0], "$1", "$2");
            return 1;
        };
    },
    chunk => sub {
        my ($self, $len, $cb) = @_;
        return sub {
            return 0 if $len > length $_[0]{rbuf};
            $cb->($_[0], substr $_[0]{rbuf}, 0, $len, '');
            return 1;
        };
    },
    regex => sub {
        my ($self, $re, $cb) = @_;
        return sub {
            $_[0]{rbuf} =~ $re or return 0;
            my $data = substr $_[0]{rbuf}, 0, $+[0], '';
            $cb->($_[0], $data);
            return 1;
        };
    },
    json => sub {
        my ($self, $cb) = @_;
        require JSON::PP;
        my $json = JSON::PP->new->utf8;
        return sub {
            my $ref = eval { $json->incr_parse($_[0]{rbuf}) };
            $_[0]{rbuf} = '';
            if ($@) { $_[0]->_error(Errno::EBADMSG(), 1, 'Bad message'); return 1 }
            $_[0]{rbuf} = $json->incr_text if defined $ref;
            $json->incr_text = '' if defined $ref;
            return 0 unless defined $ref;
            $cb->($_[0], $ref);
            return 1;
        };
    },
    all => sub {
        my ($self, $cb) = @_;
        return sub { return 0 unless $_[0]{_eof}; $cb->($_[0], substr $_[0]{rbuf}, 0, length $_[0]{rbuf}, ''); 1 };
    },
);

sub _reader {
    my ($self, @args) = @_;
    return $args[0] if ref $args[0] eq 'CODE';
    my $type = shift @args;
    my $make = $READER{$type} or Carp::croak("unsupported/unloadable type '$type' passed to AnyEvent::Handle::push_read");
    if ($type eq 'line' && @args == 1) { return $make->($self, $args[0]) }
    if ($type eq 'line') { return $make->($self, $args[1], $args[0]) }
    return $make->($self, @args);
}

sub push_read {
    my ($self, @args) = @_;
    push @{ $self->{_queue} }, $self->_reader(@args);
    $self->_drain_rbuf if $self->{fh};
    return;
}

sub unshift_read {
    my ($self, @args) = @_;
    unshift @{ $self->{_queue} }, $self->_reader(@args);
    $self->_drain_rbuf if $self->{fh};
    return;
}

sub push_write {
    my ($self, @args) = @_;
    my $data = @args > 1 && $args[0] eq 'json' ? do { require JSON::PP; JSON::PP->new->utf8->encode($args[1]) } : $args[0];
    Carp::croak('AnyEvent::Handle: cannot write wide characters') if utf8::is_utf8($data) && !utf8::downgrade($data, 1);
    $self->{wbuf} .= $data;
    $self->_drain_wbuf if $self->{fh};
    return;
}

sub push_shutdown {
    my $self = shift;
    $self->{_shutdown} = 1;
    $self->_drain_wbuf if $self->{fh};
    return;
}

sub _drain_wbuf {
    my $self = shift;
    return if $self->{_ww};
    Scalar::Util::weaken(my $weak = $self);
    my $write = sub {
        my $self = $weak or return;
        local $SIG{PIPE} = 'IGNORE';
        if (length $self->{wbuf}) {
            my $n = syswrite $self->{fh}, $self->{wbuf};
            if (defined $n) {
                substr($self->{wbuf}, 0, $n) = '';
                $self->{_activity} = AnyEvent->now;
            } elsif ($! != EAGAIN && $! != EINTR && $! != EWOULDBLOCK) {
                return $self->_error($! + 0, 1);
            }
        }
        unless (length $self->{wbuf}) {
            delete $self->{_ww};
            shutdown $self->{fh}, 1 if $self->{_shutdown} && $self->{fh};
            $self->{on_drain}->($self) if $self->{on_drain};
        }
    };
    $write->();
    $self->{_ww} = AnyEvent->io(fh => $self->{fh}, poll => 'w', cb => $write) if $self->{fh} && length $self->{wbuf};
    return;
}

sub destroy {
    my $self = shift;
    delete @$self{qw(_rw _ww _tw on_read on_error on_eof on_drain)};
    $self->{_queue} = [];
    if (my $fh = delete $self->{fh}) {
        if (length $self->{wbuf} && $self->{linger}) {
            local $SIG{PIPE} = 'IGNORE';
            syswrite $fh, $self->{wbuf};
        }
        close $fh;
    }
    return;
}

sub DESTROY {
    my $self = shift;
    if ($self->{fh} && length $self->{wbuf}) {
        local $SIG{PIPE} = 'IGNORE';
        syswrite $self->{fh}, $self->{wbuf};
    }
    return;
}

1;
