package IO::Async::Stream;
# A byte stream: reads into a buffer handed to on_read($self, \$buffer,
# $eof) until it returns false; writes are queued and flushed when the
# handle is writable. EOF closes the stream unless close_on_read_eof is 0.
use strict;
use warnings;
use Errno qw(EAGAIN EINTR EWOULDBLOCK);
use IO::Async::Handle;

our $VERSION = '0.802';
our @ISA = ('IO::Async::Handle');
no warnings 'once';

sub _init {
    my ($self) = @_;
    @$self{qw(readbuff writequeue read_len close_on_read_eof)} = ('', [], 8192, 1);
    return;
}

sub configure {
    my ($self, %params) = @_;
    for my $k (qw(read_len write_len close_on_read_eof autoflush read_all write_all encoding)) {
        $self->{$k} = delete $params{$k} if exists $params{$k};
    }
    $self->SUPER::configure(%params);
    return;
}

sub _want_read { my $self = shift; return $self->{read_handle} && !$self->{read_eof} }
sub _want_write { my $self = shift; return $self->{write_handle} && @{ $self->{writequeue} } }

sub on_read_ready {
    my ($self) = @_;
    my $n = sysread $self->{read_handle}, my $data, $self->{read_len};
    if (!defined $n) {
        return if $! == EAGAIN || $! == EWOULDBLOCK || $! == EINTR;
        my $err = $!;
        $self->maybe_invoke_event('on_read_error', $err) or $self->close;
        return;
    }
    if ($n == 0) {
        $self->{read_eof} = 1;
        $self->_flush_reads(1);
        $self->maybe_invoke_event('on_read_eof');
        if ($self->{close_on_read_eof}) { $self->close_now }
        else { $self->_rewatch }
        return;
    }
    $self->{readbuff} .= $data;
    $self->_flush_reads(0);
    return;
}

sub _flush_reads {
    my ($self, $eof) = @_;
    while (1) {
        my $reader = $self->{readers} && @{ $self->{readers} } ? $self->{readers}[0] : undef;
        my $ret = $reader ? $reader->($self, \$self->{readbuff}, $eof)
            : $self->invoke_event('on_read', \$self->{readbuff}, $eof);
        if (ref $ret eq 'CODE') { unshift @{ $self->{readers} }, $ret; next }
        if (!$ret && $reader) { shift @{ $self->{readers} }; next if length $self->{readbuff}; }
        last unless $ret && length $self->{readbuff};
        last if $eof && !length $self->{readbuff};
    }
    return;
}

sub push_on_read { my ($self, $code) = @_; push @{ $self->{readers} }, $code; return }

sub write {
    my ($self, $data, %params) = @_;
    my $f = $self->{loop} ? $self->{loop}->new_future : Future->new;
    push @{ $self->{writequeue} }, [ ref $data eq 'CODE' ? $data->($self) : $data, $f, $params{on_flush} ];
    if ($self->{loop}) { $self->_rewatch }
    return $f;
}

sub on_write_ready {
    my ($self) = @_;
    local $SIG{PIPE} = 'IGNORE';
    while (my $item = $self->{writequeue}[0]) {
        my $n = syswrite $self->{write_handle}, $item->[0];
        if (!defined $n) {
            return if $! == EAGAIN || $! == EWOULDBLOCK || $! == EINTR;
            my $err = $!;
            $item->[1]->fail("syswrite: $err", syswrite => $self, $err);
            $self->maybe_invoke_event('on_write_error', $err) or $self->close_now;
            return;
        }
        substr($item->[0], 0, $n) = '';
        last if length $item->[0];
        shift @{ $self->{writequeue} };
        $item->[1]->done unless $item->[1]->is_ready;
        $item->[2]->($self) if $item->[2];
    }
    unless (@{ $self->{writequeue} }) {
        $self->_rewatch;
        $self->maybe_invoke_event('on_outgoing_empty');
        $self->close_now if $self->{closing};
    }
    return;
}

sub close_when_empty {
    my ($self) = @_;
    return $self->close_now unless @{ $self->{writequeue} };
    $self->{closing} = 1;
    return;
}
*close = \&close_when_empty;

sub close_now {
    my ($self) = @_;
    return unless $self->{read_handle} || $self->{write_handle};
    $self->{writequeue} = [];
    $self->IO::Async::Handle::close;
    return;
}

sub read_atmost { my ($self, $len) = @_; my $f = $self->{loop}->new_future; $self->push_on_read(sub { my (undef, $b, $eof) = @_; return 0 if $f->is_ready; $f->done(substr($$b, 0, $len, ''), $eof) if length $$b || $eof; 0 }); return $f }
sub read_until {
    my ($self, $until) = @_;
    my $f = $self->{loop}->new_future;
    $self->push_on_read(sub {
        my (undef, $b, $eof) = @_;
        return 0 if $f->is_ready;
        if (ref $until ? $$b =~ $until : (my $i = index $$b, $until) >= 0) {
            my $end = ref $until ? $+[0] : index($$b, $until) + length $until;
            $f->done(substr($$b, 0, $end, ''), $eof);
            return 0;
        }
        $f->done(substr($$b, 0), $eof), return 0 if $eof;
        return 1;
    });
    return $f;
}

1;
