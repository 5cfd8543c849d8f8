package Mojo::Promise;
# Promises/A+ on Mojo::IOLoop: callbacks run on the loop's next tick,
# then/catch/finally chain new promises, all/race/any/all_settled combine
# them, timer/timeout settle after a delay, wait runs the loop until the
# promise is settled. A rejected promise nobody handled warns when freed.
use strict;
use warnings;
use Carp ();
use Scalar::Util ();
use Mojo::IOLoop;

our $VERSION = '9.31';

sub new {
    my $self = bless { ioloop => Mojo::IOLoop->singleton, resolve => [], reject => [] }, ref $_[0] || $_[0];
    if (my $cb = $_[1]) {
        my @args = (sub { $self->resolve(@_) }, sub { $self->reject(@_) });
        $cb->(@args);
    }
    return $self;
}

sub ioloop {
    my $self = shift;
    return $self->{ioloop} unless @_;
    $self->{ioloop} = shift;
    return $self;
}

sub clone { my $self = shift; return ref($self)->new->ioloop($self->{ioloop}) }

sub resolve { my $self = shift; return $self->_settle('resolve', @_) }
sub reject { my $self = shift; return $self->_settle('reject', @_) }

sub _settle {
    my ($self, $status, @result) = @_;
    $self = $self->new unless ref $self;
    my $thenable = Scalar::Util::blessed($result[0]) && $result[0]->can('then');
    if ($thenable && $status eq 'resolve') {
        $result[0]->then(sub { $self->resolve(@_); () }, sub { $self->reject(@_); () });
    } elsif (!$self->{result}) {
        @$self{qw(result status)} = (\@result, $status);
        $self->_defer;
    }
    return $self;
}

sub _defer {
    my $self = shift;
    my $result = $self->{result} or return;
    my $cbs = $self->{status} eq 'resolve' ? $self->{resolve} : $self->{reject};
    @$self{qw(resolve reject)} = ([], []);
    $self->{ioloop}->next_tick(sub { $_->(@$result) for @$cbs });
    return;
}

sub then {
    my ($self, $resolve, $reject) = @_;
    my $new = $self->clone;
    $self->{handled} = 1;
    push @{ $self->{resolve} }, sub { _then_cb($new, $resolve, 'resolve', @_) };
    push @{ $self->{reject} }, sub { _then_cb($new, $reject, 'reject', @_) };
    $self->_defer if $self->{result};
    return $new;
}

sub _then_cb {
    my ($new, $cb, $method, @result) = @_;
    return $new->$method(@result) unless defined $cb;
    my @res;
    return $new->reject($@) unless eval { @res = $cb->(@result); 1 };
    return $new->resolve(@res);
}

sub catch { my ($self, $cb) = @_; return $self->then(undef, $cb) }

sub finally {
    my ($self, $finally) = @_;
    my $new = $self->clone;
    $self->{handled} = 1;
    my $cb = sub {
        my ($method, @result) = @_;
        my $res;
        return $new->reject($@) unless eval { $res = $finally->(); 1 };
        if (Scalar::Util::blessed($res) && $res->can('then')) {
            return $res->then(sub { $new->$method(@result) }, sub { $new->reject(@_) });
        }
        return $new->$method(@result);
    };
    push @{ $self->{resolve} }, sub { $cb->('resolve', @_) };
    push @{ $self->{reject} }, sub { $cb->('reject', @_) };
    $self->_defer if $self->{result};
    return $new;
}

sub wait {
    my $self = shift;
    my $loop = $self->{ioloop};
    return if $loop->is_running;
    my $done;
    push @{ $self->{resolve} }, sub { $done++; $loop->stop };
    push @{ $self->{reject} }, sub { $done++; $loop->stop };
    $self->_defer if $self->{result};
    $loop->start until $done;
    return;
}

sub _first { for (@_) { return $_ if Scalar::Util::blessed($_) } return }

sub all {
    my ($class, @promises) = @_;
    my $all = $promises[0] ? $promises[0]->clone : $class->new;
    my $remaining = scalar @promises;
    my @results;
    for my $i (0 .. $#promises) {
        $promises[$i]->then(sub { $results[$i] = [@_]; $all->resolve(@results) if --$remaining <= 0; () },
            sub { $all->reject(@_); () });
    }
    $all->resolve if !@promises;
    return $all;
}

sub all_settled {
    my ($class, @promises) = @_;
    my $all = $promises[0] ? $promises[0]->clone : $class->new;
    my $remaining = scalar @promises;
    my @results;
    for my $i (0 .. $#promises) {
        $promises[$i]->then(
            sub { $results[$i] = { status => 'fulfilled', value => [@_] }; $all->resolve(@results) if --$remaining <= 0; () },
            sub { $results[$i] = { status => 'rejected', reason => [@_] }; $all->resolve(@results) if --$remaining <= 0; () });
    }
    $all->resolve if !@promises;
    return $all;
}

sub any {
    my ($class, @promises) = @_;
    my $any = $promises[0] ? $promises[0]->clone : $class->new;
    my $remaining = scalar @promises;
    my @results;
    for my $i (0 .. $#promises) {
        $promises[$i]->then(sub { $any->resolve(@_); () },
            sub { $results[$i] = [@_]; $any->reject(@results) if --$remaining <= 0; () });
    }
    $any->reject if !@promises;
    return $any;
}

sub race {
    my ($class, @promises) = @_;
    my $race = $promises[0] ? $promises[0]->clone : $class->new;
    $_->then(sub { $race->resolve(@_); () }, sub { $race->reject(@_); () }) for @promises;
    return $race;
}

sub timer {
    my ($self, $after, @result) = @_;
    my $new = ref $self ? $self : $self->new;
    $new->{ioloop}->timer($after => sub { $new->resolve(@result) });
    return $new;
}

sub timeout {
    my ($self, $after, @result) = @_;
    my $new = ref $self ? $self : $self->new;
    @result = ('Promise timeout') unless @result;
    $new->{ioloop}->timer($after => sub { $new->reject(@result) });
    return $new;
}

# map: the promises of $cb for each item, all at once (the concurrency
# option is accepted; every item starts immediately).
sub map {
    my ($class, $options, $cb, @items) = (shift, ref $_[0] eq 'HASH' ? shift : {}, @_);
    return $class->all(map { $_->$cb } @items);
}

sub DESTROY {
    my $self = shift;
    return if (defined ${^GLOBAL_PHASE} ? ${^GLOBAL_PHASE} : '') eq 'DESTRUCT';
    return if $self->{handled} || ($self->{status} || '') ne 'reject' || !$self->{result};
    Carp::carp("Unhandled rejected promise: @{ $self->{result} }");
    return;
}

1;
