package Mojo::IOLoop::Stream;
# A non-blocking stream: emits read (bytes), drain, close, error and
# timeout (after `timeout` seconds of inactivity, default 15).
use strict;
use warnings;
use Errno qw(EAGAIN EINTR EWOULDBLOCK);
use Scalar::Util ();
use Mojo::EventEmitter;
use Time::HiRes ();

our $VERSION = '9.31';
our @ISA = ('Mojo::EventEmitter');

sub new {
    my ($class, $handle) = @_;
    return bless { handle => $handle, buffer => '', timeout => 15 }, $class;
}

sub handle { $_[0]{handle} }
sub is_writing { my $self = shift; return length($self->{buffer}) || $self->has_subscribers('drain') }
sub bytes_written { $_[0]{written} || 0 }
sub bytes_read { $_[0]{read} || 0 }
sub reactor { $_[0]{loop} ? $_[0]{loop}->reactor : Mojo::IOLoop->singleton->reactor }

sub timeout {
    my $self = shift;
    return $self->{timeout} unless @_;
    $self->{timeout} = shift;
    $self->_again if $self->{timer};
    return $self;
}

sub start {
    my $self = shift;
    return $self->_watch if $self->{started}++;
    my $reactor = $self->reactor;
    Scalar::Util::weaken($self);
    $reactor->io($self->{handle} => sub { $_[1] ? $self->_write : $self->_read });
    $self->_watch;
    $self->{timer} = $reactor->recurring(0.05 => sub { $self->_check_timeout }) if $self->{timeout};
    $self->{active} = Time::HiRes::time();
    return;
}

sub stop { my $self = shift; $self->reactor->watch($self->{handle}, 0, $self->is_writing) if $self->{handle}; return }
sub _again { $_[0]{active} = Time::HiRes::time() }

sub _check_timeout {
    my $self = shift;
    return unless $self->{timeout} && $self->{handle};
    return if Time::HiRes::time() - $self->{active} < $self->{timeout};
    $self->emit('timeout');
    $self->close if $self->{handle};
    return;
}

sub _watch {
    my $self = shift;
    return unless $self->{handle};
    $self->reactor->watch($self->{handle}, 1, $self->is_writing ? 1 : 0);
    return;
}

sub _read {
    my $self = shift;
    my $n = sysread $self->{handle}, my $buf, 131072;
    if (!defined $n) {
        return if $! == EAGAIN || $! == EINTR || $! == EWOULDBLOCK;
        my $err = "$!";
        return $self->close if $! == 104;
        $self->emit(error => $err)->close;
        return;
    }
    return $self->close if $n == 0;
    $self->{read} += $n;
    $self->_again;
    $self->emit(read => $buf);
    return;
}

sub _write {
    my $self = shift;
    local $SIG{PIPE} = 'IGNORE';
    if (length $self->{buffer}) {
        my $n = syswrite $self->{handle}, $self->{buffer};
        if (!defined $n) {
            return if $! == EAGAIN || $! == EINTR || $! == EWOULDBLOCK;
            my $err = "$!";
            $self->emit(error => $err)->close;
            return;
        }
        $self->{written} += $n;
        substr($self->{buffer}, 0, $n) = '';
        $self->_again;
        $self->emit(write => '');
    }
    $self->emit('drain') unless length $self->{buffer};
    return if $self->is_writing;
    return $self->close if $self->{graceful};
    $self->_watch if $self->{handle};
    return;
}

sub write {
    my ($self, $chunk, $cb) = @_;
    $self->{buffer} .= $chunk;
    if ($cb) { $self->once(drain => $cb) }
    elsif (!length $self->{buffer}) { return $self }
    $self->_watch if $self->{handle};
    return $self;
}

sub close_gracefully {
    my $self = shift;
    return $self->{graceful} = 1 if $self->is_writing;
    return $self->close;
}

sub close {
    my $self = shift;
    my $handle = delete $self->{handle} or return;
    my $reactor = $self->reactor;
    $reactor->remove($handle);
    $reactor->remove(delete $self->{timer}) if $self->{timer};
    CORE::close $handle;
    $self->emit('close');
    return;
}

1;
