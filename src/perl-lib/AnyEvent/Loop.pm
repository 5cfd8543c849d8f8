package AnyEvent::Loop;
# The pure-Perl event loop under AnyEvent: one_event waits with select(2)
# for I/O or the next timer, then runs what is ready; signals and child
# exits are noticed through %SIG and waitpid. Watchers are objects that
# remove themselves when destroyed.
use strict;
use warnings;
use Errno qw(EINTR);
use POSIX ();
use Time::HiRes ();
use Scalar::Util ();

our $VERSION = '7.17';
my $NOW = Time::HiRes::time();
my $SEQ = 0;
my @TIMERS;     # sorted by time, then creation
my %IO;         # "fd,mode" => [ watchers ]
my @IDLE;
my %SIGNAL;     # name => [ watchers ]
my %SIG_PENDING;
my %CHILD;      # pid (0 = any) => [ watchers ]
my $CHLD_INSTALLED;

sub now { $NOW }
sub time { Time::HiRes::time() }
sub now_update { $NOW = Time::HiRes::time(); return }

sub _insert_timer {
    my ($t) = @_;
    my $i = @TIMERS;
    $i-- while $i > 0 && ($TIMERS[ $i - 1 ]{at} > $t->{at});
    splice @TIMERS, $i, 0, $t;
    Scalar::Util::weaken($TIMERS[$i]);
    return;
}

sub timer {
    my ($after, $interval, $cb) = @_;
    my $t = bless { at => $NOW + $after, interval => $interval, cb => $cb, seq => ++$SEQ }, 'AnyEvent::Loop::timer';
    _insert_timer($t);
    return $t;
}

sub io {
    my ($fh, $write, $cb) = @_;
    my $fd = ref $fh || $fh !~ /^\d+$/ ? fileno $fh : $fh;
    my $w = bless { fd => $fd, mode => $write, cb => $cb, fh => $fh }, 'AnyEvent::Loop::io';
    my $list = $IO{"$fd,$write"} ||= [];
    push @$list, $w;
    Scalar::Util::weaken($list->[-1]);
    return $w;
}

sub idle {
    my ($cb) = @_;
    my $w = bless { cb => $cb }, 'AnyEvent::Loop::idle';
    push @IDLE, $w;
    Scalar::Util::weaken($IDLE[-1]);
    return $w;
}

sub signal {
    my ($name, $cb) = @_;
    my $w = bless { name => $name, cb => $cb }, 'AnyEvent::Loop::signal';
    my $list = $SIGNAL{$name} ||= [];
    $SIG{$name} = sub { $SIG_PENDING{$name}++ } unless grep { defined } @$list;
    push @$list, $w;
    Scalar::Util::weaken($list->[-1]);
    return $w;
}

sub child {
    my ($pid, $cb) = @_;
    my $w = bless { pid => $pid || 0, cb => $cb }, 'AnyEvent::Loop::child';
    unless ($CHLD_INSTALLED++) { $SIG{CHLD} = sub { $SIG_PENDING{CHLD}++ } }
    my $list = $CHILD{ $pid || 0 } ||= [];
    push @$list, $w;
    Scalar::Util::weaken($list->[-1]);
    $SIG_PENDING{CHLD}++;
    return $w;
}

sub _reap {
    while ((my $pid = waitpid(-1, POSIX::WNOHANG())) > 0) {
        my $status = $?;
        my @w = grep { defined } @{ $CHILD{$pid} || [] }, @{ $CHILD{0} || [] };
        $_->{cb}->($pid, $status) for @w;
    }
    return;
}

sub _dispatch_signals {
    for my $name (sort keys %SIG_PENDING) {
        my $n = delete $SIG_PENDING{$name};
        if ($name eq 'CHLD') { _reap() }
        my @w = grep { defined } @{ $SIGNAL{$name} || [] };
        for (1 .. $n) { $_->{cb}->() for @w }
    }
    return;
}

sub _watching { return scalar grep { defined } map { @$_ } values %IO }

sub one_event {
    $NOW = Time::HiRes::time();
    @TIMERS = grep { defined } @TIMERS;
    my $timeout;
    if (%SIG_PENDING) { $timeout = 0 }
    elsif (@TIMERS) { $timeout = $TIMERS[0]{at} - $NOW; $timeout = 0 if $timeout < 0 }
    @IDLE = grep { defined } @IDLE;
    $timeout = 0 if @IDLE && (!defined $timeout || $timeout > 0) && !_watching();
    $timeout = 0.05 if !defined $timeout && %CHILD && !_watching();
    my ($rin, $win) = ('', '');
    for my $key (keys %IO) {
        my @live = grep { defined } @{ $IO{$key} };
        unless (@live) { delete $IO{$key}; next }
        my ($fd, $mode) = split /,/, $key;
        vec($mode ? $win : $rin, $fd, 1) = 1;
    }
    my ($rout, $wout) = ($rin, $win);
    my $n = select($rout, $wout, undef, $timeout);
    my $events = 0;
    $NOW = Time::HiRes::time();
    if ($n > 0) {
        for my $key (sort { my ($x) = split /,/, $a; my ($y) = split /,/, $b; $x <=> $y || $a cmp $b } keys %IO) {
            my ($fd, $mode) = split /,/, $key;
            next unless vec($mode ? $wout : $rout, $fd, 1);
            for my $w (grep { defined } @{ $IO{$key} || [] }) { $events++; $w->{cb}->() }
        }
    }
    _dispatch_signals() if %SIG_PENDING;
    while (@TIMERS && (!defined $TIMERS[0] || $TIMERS[0]{at} <= $NOW)) {
        my $t = shift @TIMERS;
        next unless defined $t;
        $events++;
        if ($t->{interval}) {
            $t->{at} += $t->{interval};
            $t->{at} = $NOW if $t->{at} < $NOW;
            _insert_timer($t);
        }
        $t->{cb}->();
    }
    if (!$events && @IDLE) {
        $_->{cb}->() for grep { defined } @IDLE;
    }
    return;
}

sub run { one_event() while 1 }

package AnyEvent::Loop::timer;
sub DESTROY { }
package AnyEvent::Loop::io;
sub DESTROY { }
package AnyEvent::Loop::idle;
sub DESTROY { }
package AnyEvent::Loop::signal;
sub DESTROY {
    my $self = shift;
    my $list = $SIGNAL{ $self->{name} } or return;
    @$list = grep { defined && $_ != $self } @$list;
    $SIG{ $self->{name} } = 'DEFAULT' unless @$list;
    return;
}
package AnyEvent::Loop::child;
sub DESTROY { }

1;
