package IO::Async::Handle;
# A notifier around a filehandle (read_handle, write_handle or handle),
# watched by its loop while it has on_read_ready/on_write_ready to call.
use strict;
use warnings;
use Carp ();
use IO::Async::Notifier;

our $VERSION = '0.802';
our @ISA = ('IO::Async::Notifier');

sub configure {
    my ($self, %params) = @_;
    if (exists $params{handle}) {
        my $h = delete $params{handle};
        $self->{read_handle} = $self->{write_handle} = $h;
    }
    $self->{read_handle} = delete $params{read_handle} if exists $params{read_handle};
    $self->{write_handle} = delete $params{write_handle} if exists $params{write_handle};
    for my $k (qw(want_readready want_writeready)) { $self->{$k} = delete $params{$k} if exists $params{$k} }
    $self->SUPER::configure(%params);
    $self->_rewatch if $self->{loop};
    return;
}

sub read_handle { $_[0]{read_handle} }
sub write_handle { $_[0]{write_handle} }
sub read_fileno { defined $_[0]{read_handle} ? fileno $_[0]{read_handle} : undef }
sub write_fileno { defined $_[0]{write_handle} ? fileno $_[0]{write_handle} : undef }

sub _add_to_loop { $_[0]->_rewatch }

sub _remove_from_loop {
    my ($self, $loop) = @_;
    $loop->unwatch_io(handle => $self->{read_handle}, on_read_ready => 1) if $self->{read_handle};
    $loop->unwatch_io(handle => $self->{write_handle}, on_write_ready => 1) if $self->{write_handle};
    return;
}

sub _want_read { my $self = shift; return $self->{read_handle} && ($self->{want_readready} // 1) && $self->can_event('on_read_ready') }
sub _want_write { my $self = shift; return $self->{write_handle} && $self->{want_writeready} && $self->can_event('on_write_ready') }

sub _rewatch {
    my ($self) = @_;
    my $loop = $self->{loop} or return;
    if ($self->_want_read) {
        $loop->watch_io(handle => $self->{read_handle}, on_read_ready => sub { $self->invoke_event('on_read_ready') });
    } elsif ($self->{read_handle}) {
        $loop->unwatch_io(handle => $self->{read_handle}, on_read_ready => 1);
    }
    if ($self->_want_write) {
        $loop->watch_io(handle => $self->{write_handle}, on_write_ready => sub { $self->invoke_event('on_write_ready') });
    } elsif ($self->{write_handle}) {
        $loop->unwatch_io(handle => $self->{write_handle}, on_write_ready => 1);
    }
    return;
}

sub want_readready { my $self = shift; if (@_) { $self->{want_readready} = shift; $self->_rewatch } return $self->{want_readready} }
sub want_writeready { my $self = shift; if (@_) { $self->{want_writeready} = shift; $self->_rewatch } return $self->{want_writeready} }

sub close {
    my ($self) = @_;
    my $loop = $self->{loop};
    $self->_remove_from_loop($loop) if $loop;
    my ($r, $w) = @$self{qw(read_handle write_handle)};
    CORE::close($r) if $r;
    CORE::close($w) if $w && (!$r || $w != $r);
    delete @$self{qw(read_handle write_handle)};
    $self->maybe_invoke_event('on_closed');
    if ($self->{parent}) { $self->{parent}->remove_child($self) }
    elsif ($loop) { $loop->remove($self) }
    return;
}

sub socket { my ($self, $ai) = @_; return $self->{read_handle} }

1;
