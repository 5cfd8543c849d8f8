package IO::Async::Loop;
# The event loop of IO::Async, on select(2): handles watched for reading
# and writing, timers on Time::HiRes::time, signals through %SIG, "later"
# callbacks, child processes reaped on SIGCHLD, and the notifiers added to
# it. run/stop, loop_once, delay_future, listen, connect, run_process.
use strict;
use warnings;
use Carp ();
use Errno qw(EINTR);
use Time::HiRes ();
use Scalar::Util ();
use POSIX ();
use IO::Async::Future;

our $VERSION = '0.802';
our $LOOP;
no warnings 'once';

sub new {
    my $class = shift;
    $class = 'IO::Async::Loop::Poll' if $class eq 'IO::Async::Loop';
    require IO::Async::Loop::Poll;
    return $LOOP ||= $class->really_new;
}

sub really_new {
    my $class = shift;
    return bless {
        io => {}, timers => [], seq => 0, later => [], notifiers => {},
        sigpending => [], sigwatch => {}, running => 0,
    }, $class;
}

sub time { Time::HiRes::time() }
sub new_future { IO::Async::Future->new($_[0]) }

sub add {
    my ($self, $notifier) = @_;
    Carp::croak('Cannot add a child notifier directly - add its parent') if $notifier->{parent} && !$notifier->{parent}{loop};
    Carp::croak('Cannot add a Notifier that is already a member of a loop') if $notifier->{loop};
    $notifier->{loop} = $self;
    $self->{notifiers}{ Scalar::Util::refaddr($notifier) } = $notifier;
    $notifier->_add_to_loop($self);
    $self->add($_) for grep { !$_->{loop} } @{ $notifier->{children} };
    return;
}

sub remove {
    my ($self, $notifier) = @_;
    return unless $notifier->{loop};
    $self->remove($_) for grep { $_->{loop} } @{ $notifier->{children} };
    $notifier->_remove_from_loop($self);
    delete $notifier->{loop};
    delete $self->{notifiers}{ Scalar::Util::refaddr($notifier) };
    return;
}

sub notifiers { values %{ $_[0]{notifiers} } }

sub watch_io {
    my ($self, %params) = @_;
    my $handle = $params{handle} or Carp::croak('Expected a \'handle\'');
    my $fd = fileno $handle;
    Carp::croak('Expected a handle with a fileno') unless defined $fd;
    my $w = $self->{io}{$fd} ||= { handle => $handle };
    $w->{read} = $params{on_read_ready} if $params{on_read_ready};
    $w->{write} = $params{on_write_ready} if $params{on_write_ready};
    return;
}

sub unwatch_io {
    my ($self, %params) = @_;
    my $fd = fileno $params{handle};
    my $w = defined $fd ? $self->{io}{$fd} : undef;
    unless ($w) {
        for my $k (keys %{ $self->{io} }) { $fd = $k, $w = $self->{io}{$k} if $self->{io}{$k}{handle} == $params{handle} }
        return unless $w;
    }
    delete $w->{read} if $params{on_read_ready};
    delete $w->{write} if $params{on_write_ready};
    delete $self->{io}{$fd} unless $w->{read} || $w->{write};
    return;
}

sub watch_time {
    my ($self, %params) = @_;
    my $at = exists $params{at} ? $params{at} : $self->time + ($params{after} || 0);
    my $code = $params{code} or Carp::croak('Expected \'code\' as CODE ref');
    my $id = { at => $at, seq => ++$self->{seq}, code => $code };
    my $t = $self->{timers};
    my $i = @$t;
    $i-- while $i > 0 && $t->[ $i - 1 ]{at} > $at;
    splice @$t, $i, 0, $id;
    return $id;
}
*enqueue_timer = \&watch_time;

sub unwatch_time {
    my ($self, $id) = @_;
    @{ $self->{timers} } = grep { $_ != $id } @{ $self->{timers} };
    return;
}
*cancel_timer = \&unwatch_time;

sub later { my ($self, $code) = @_; push @{ $self->{later} }, $code; return }
*watch_idle = sub { my ($self, %p) = @_; $self->later($p{code}) };

sub delay_future {
    my ($self, %params) = @_;
    my $f = $self->new_future;
    my $id = $self->watch_time(%params, code => sub { $f->done });
    $f->on_cancel(sub { $self->unwatch_time($id) });
    return $f;
}

sub timeout_future {
    my ($self, %params) = @_;
    my $f = $self->new_future;
    my $id = $self->watch_time(%params, code => sub { $f->fail('Timeout') });
    $f->on_cancel(sub { $self->unwatch_time($id) });
    return $f;
}

sub attach_signal {
    my ($self, $name, $code) = @_;
    my $list = $self->{sigwatch}{$name} ||= [];
    unless (@$list) {
        my $pending = $self->{sigpending};
        $SIG{$name} = sub { push @$pending, $name };
    }
    push @$list, $code;
    return $code;
}

sub detach_signal {
    my ($self, $name, $id) = @_;
    my $list = $self->{sigwatch}{$name} or return;
    @$list = grep { $_ != $id } @$list;
    unless (@$list) { delete $SIG{$name}; delete $self->{sigwatch}{$name} }
    return;
}

sub watch_signal { my ($self, $name, $code) = @_; $self->attach_signal($name, $code); return }
sub unwatch_signal { my ($self, $name) = @_; $self->detach_signal($name, $_) for @{ $self->{sigwatch}{$name} || [] }; return }

# One round: wait for handles (up to $timeout, or the next timer), then run
# what is ready: handles, signals, timers due, later callbacks.
sub loop_once {
    my ($self, $timeout) = @_;
    my $now = $self->time;
    if (@{ $self->{later} } || @{ $self->{sigpending} }) { $timeout = 0 }
    elsif (my $t = $self->{timers}[0]) {
        my $wait = $t->{at} - $now;
        $wait = 0 if $wait < 0;
        $timeout = $wait if !defined $timeout || $wait < $timeout;
    }
    my ($rin, $win) = ('', '');
    my $any = 0;
    for my $fd (keys %{ $self->{io} }) {
        my $w = $self->{io}{$fd};
        if ($w->{read}) { vec($rin, $fd, 1) = 1; $any = 1 }
        if ($w->{write}) { vec($win, $fd, 1) = 1; $any = 1 }
    }
    my ($rout, $wout);
    my $n = select($rout = $rin, $wout = $win, undef, $timeout);
    if ($n > 0) {
        for my $fd (sort { $a <=> $b } keys %{ $self->{io} }) {
            my $w = $self->{io}{$fd} or next;
            $w->{read}->() if $w->{read} && vec($rout, $fd, 1);
            $w = $self->{io}{$fd} or next;
            $w->{write}->() if $w->{write} && vec($wout, $fd, 1);
        }
    }
    while (my $name = shift @{ $self->{sigpending} }) {
        $_->($name) for @{ $self->{sigwatch}{$name} || [] };
    }
    $now = $self->time;
    while (@{ $self->{timers} } && $self->{timers}[0]{at} <= $now) {
        my $t = shift @{ $self->{timers} };
        $t->{code}->();
    }
    my @later = @{ $self->{later} };
    @{ $self->{later} } = ();
    $_->() for @later;
    return $n;
}

sub run {
    my ($self) = @_;
    local $self->{running} = 1;
    $self->{result} = [];
    $self->loop_once until !$self->{running};
    return wantarray ? @{ $self->{result} } : $self->{result}[0];
}
*loop_forever = \&run;

sub stop {
    my ($self, @result) = @_;
    $self->{result} = \@result;
    $self->{running} = 0;
    return;
}
*loop_stop = \&stop;

sub await {
    my ($self, $f) = @_;
    $self->loop_once until $f->is_ready;
    return $f;
}

sub await_all { my ($self, @f) = @_; $self->await($_) for @f; return }

# Child processes: one SIGCHLD watcher reaps each watched pid with
# waitpid(WNOHANG) and calls its callback with ($pid, $?).
sub _watch_children {
    my ($self) = @_;
    $self->attach_signal(CHLD => sub { $self->_reap }) unless $self->{chld_attached}++;
    return;
}

sub _reap {
    my ($self) = @_;
    for my $pid (sort { $a <=> $b } keys %{ $self->{childwatch} || {} }) {
        my $r = waitpid($pid, POSIX::WNOHANG());
        next unless $r == $pid || $r < 0;
        my $status = $r == $pid ? $? : 0;
        my $code = delete $self->{childwatch}{$pid};
        $code->($pid, $status);
    }
    return;
}

sub watch_process {
    my ($self, $pid, $code) = @_;
    $self->_watch_children;
    $self->{childwatch}{$pid} = $code;
    $self->later(sub { $self->_reap });    # it may have exited already
    return;
}
*watch_child = \&watch_process;

sub unwatch_process { my ($self, $pid) = @_; delete $self->{childwatch}{$pid}; return }
*unwatch_child = \&unwatch_process;

sub _run_process {
    my ($self, %params) = @_;
    Carp::croak('Unrecognised parameter on_finish') if $params{on_finish};
    my $capture = delete $params{capture} // [qw(exitcode stdout)];
    Carp::croak("Expected 'capture' to be an array reference") unless ref $capture eq 'ARRAY';
    my (%sub, %results);
    if (defined(my $in = delete $params{stdin})) {
        Carp::croak("Expected 'stdin' not to be a reference") if ref $in;
        $sub{stdin} = { from => $in };
    }
    for (qw(code command setup notifier_name)) { $sub{$_} = delete $params{$_} if exists $params{$_} }
    for my $name (@$capture) {
        Carp::croak("Unexpected capture $name") unless grep { $_ eq $name } qw(exitcode stdout stderr);
        $sub{$name} = { into => \$results{$name} } if $name ne 'exitcode';
    }
    my $cancel = delete $params{cancel_signal} // 'TERM';
    my $fail_nonzero = delete $params{fail_on_nonzero};
    Carp::croak('Unrecognised parameters ' . join(', ', keys %params)) if keys %params;
    my $f = $self->new_future;
    require IO::Async::Process;
    my $process = IO::Async::Process->new(%sub, on_finish => sub {
        $results{exitcode} = $_[1];
        if ($fail_nonzero && $results{exitcode} > 0) {
            $f->fail("Process failed with exit code $results{exitcode}\n", process => @results{@$capture});
        } else {
            $f->done(@results{@$capture});
        }
    });
    $f->on_cancel(sub { $process->kill($cancel) }) if $cancel;
    $self->add($process);
    return ($f, $process);
}

sub run_process { my $self = shift; return ($self->_run_process(@_))[0] }

sub run_child {
    my ($self, %params) = @_;
    my $on_finish = delete $params{on_finish};
    Carp::croak("Expected 'on_finish' to be a reference") unless ref $on_finish;
    my ($f, $process) = $self->_run_process(%params, capture => [qw(exitcode stdout stderr)]);
    my $pid = $process->pid;
    $f->on_done(sub { $on_finish->($pid, @_) });
    return $pid;
}

sub listen {
    my ($self, %params) = @_;
    my $listener = delete $params{listener};
    unless ($listener) {
        my %handlers = map { $_ => delete $params{$_} } grep { exists $params{$_} } qw(on_accept on_stream on_socket);
        die "Expected to be able to 'on_accept', 'on_stream' or 'on_socket'" unless %handlers;
        require IO::Async::Listener;
        $listener = IO::Async::Listener->new(%handlers);
        $self->add($listener);
    }
    return $listener->listen(%params);
}

sub connect {
    my ($self, %params) = @_;
    my $f = $self->new_future;
    my $host = $params{host} || ($params{addr} && $params{addr}{ip}) || '127.0.0.1';
    my $port = $params{service} || ($params{addr} && $params{addr}{port});
    require IO::Socket::INET;
    my $sock = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp');
    unless ($sock) {
        my $err = "connect: $!";
        $f->fail($err, connect => connect => $! + 0);
        $self->later(sub { $params{on_connect_error}->('connect', "$!") }) if $params{on_connect_error};
        return $f;
    }
    if ($params{on_stream} || $params{on_connected}) {
        if ($params{on_stream}) {
            require IO::Async::Stream;
            my $stream = IO::Async::Stream->new(handle => $sock);
            $params{on_stream}->($stream);
            $f->done($stream);
        } else {
            $params{on_connected}->($sock);
            $f->done($sock);
        }
        return $f;
    }
    if (($params{socktype} || 'stream') eq 'stream' && defined wantarray && !$params{handle}) {
        $f->done($sock);
        return $f;
    }
    $f->done($sock);
    return $f;
}

1;
