package Mojo::Reactor::Poll;
# The reactor under Mojo::IOLoop, on select(2): I/O watchers, timers
# (one-shot and recurring) and next_tick callbacks, which run together
# in a zero-delay timer. It stops by itself when nothing is watched.
use strict;
use warnings;
use Mojo::EventEmitter;
use Time::HiRes ();

our $VERSION = '9.31';
our @ISA = ('Mojo::EventEmitter');

my $ID = 0;

sub new { my $class = shift; return bless { io => {}, timers => {}, next_tick => [] }, $class }

sub io {
    my ($self, $handle, $cb) = @_;
    $self->{io}{ fileno $handle } = { handle => $handle, cb => $cb, mode => 1 };
    return $self;
}

sub watch {
    my ($self, $handle, $read, $write) = @_;
    my $io = $self->{io}{ fileno $handle } or return $self;
    $io->{mode} = ($read ? 1 : 0) | ($write ? 2 : 0);
    return $self;
}

sub remove {
    my ($self, $remove) = @_;
    return !!delete $self->{timers}{$remove} unless ref $remove;
    my $fd = fileno $remove;
    if (defined $fd) { return !!delete $self->{io}{$fd} }
    for my $k (keys %{ $self->{io} }) { return !!delete $self->{io}{$k} if $self->{io}{$k}{handle} == $remove }
    return '';
}

sub reset { my $self = shift; %$self = (io => {}, timers => {}, next_tick => []); return }

sub _timer {
    my ($self, $recurring, $after, $cb) = @_;
    my $id = sprintf 't%06d', ++$ID;
    $self->{timers}{$id} = { cb => $cb, after => $after, recurring => $recurring,
        time => Time::HiRes::time() + $after, seq => $ID };
    return $id;
}

sub timer { my $s = shift; return $s->_timer(0, @_) }
sub recurring { my $s = shift; return $s->_timer(1, @_) }

sub again {
    my ($self, $id, $after) = @_;
    my $t = $self->{timers}{$id} or return;
    $t->{after} = $after if defined $after;
    $t->{time} = Time::HiRes::time() + $t->{after};
    return;
}

sub next_tick {
    my ($self, $cb) = @_;
    push @{ $self->{next_tick} }, $cb;
    $self->{next_timer} = $self->timer(0 => sub { $self->_next }) unless defined $self->{next_timer};
    return undef;
}

sub _next {
    my $self = shift;
    delete $self->{next_timer};
    while (my $cb = shift @{ $self->{next_tick} }) { $self->$cb }
    return;
}

sub is_running { !!$_[0]{running} }

sub _try {
    my ($self, $what, $cb, @args) = @_;
    return if eval { $self->$cb(@args); 1 };
    my $err = $@;
    if ($self->has_subscribers('error')) { $self->emit(error => "$what failed: $err") }
    else { warn "$what failed: $err" }
    return;
}

sub one_tick {
    my $self = shift;
    local $self->{running} = 1 unless $self->{running};
    my $i;
    until ($i || !$self->{running}) {
        return $self->stop unless keys %{ $self->{timers} } || keys %{ $self->{io} };
        my @times = map { $_->{time} } values %{ $self->{timers} };
        my $min;
        for (@times) { $min = $_ if !defined $min || $_ < $min }
        my $timeout = defined $min ? $min - Time::HiRes::time() : 0.5;
        $timeout = 0 if $timeout < 0;
        if (keys %{ $self->{io} }) {
            my ($rin, $win) = ('', '');
            for my $fd (keys %{ $self->{io} }) {
                my $m = $self->{io}{$fd}{mode};
                vec($rin, $fd, 1) = 1 if $m & 1;
                vec($win, $fd, 1) = 1 if $m & 2;
            }
            my ($rout, $wout);
            my $n = select($rout = $rin, $wout = $win, undef, $timeout);
            if ($n > 0) {
                for my $fd (sort { $a <=> $b } keys %{ $self->{io} }) {
                    my $io = $self->{io}{$fd} or next;
                    if (vec($rout, $fd, 1)) { ++$i; $self->_try('I/O watcher', $io->{cb}, 0) }
                    $io = $self->{io}{$fd} or next;
                    if (vec($wout, $fd, 1)) { ++$i; $self->_try('I/O watcher', $io->{cb}, 1) }
                }
            }
        } elsif ($timeout) {
            select undef, undef, undef, $timeout;
        }
        my $now = Time::HiRes::time();
        for my $id (sort { $self->{timers}{$a}{seq} <=> $self->{timers}{$b}{seq} } keys %{ $self->{timers} }) {
            my $t = $self->{timers}{$id} or next;
            next unless $t->{time} <= $now;
            if ($t->{recurring}) { $t->{time} = $now + $t->{after} }
            else { delete $self->{timers}{$id} }
            ++$i;
            $self->_try('Timer', $t->{cb});
        }
    }
    return;
}

sub start {
    my $self = shift;
    local $self->{running} = ($self->{running} || 0) + 1;
    $self->one_tick while $self->{running};
    return;
}

sub stop { delete $_[0]{running}; return }

1;
