package IO::Async::Process;
# A child process as a notifier: `command` (exec'd) or `code` (run in the
# forked child), its stdin/stdout/stderr on pipes, each a child Stream
# (`from` a string, `into` a scalar, or `on_read`). on_finish($self,
# $exitcode) runs once the child has exited and its output streams are
# closed; a `code` that dies, or a command that cannot be exec'd, gives
# on_exception($self, $@, $!, $exitcode) instead when there is one.
use strict;
use warnings;
use Carp ();
use POSIX ();
use IO::Handle ();
use IO::Async::Notifier;
use IO::Async::Stream;

our $VERSION = '0.802';
our @ISA = ('IO::Async::Notifier');

sub _init {
    my ($self) = @_;
    $self->{fd_opts} = {};
    return;
}

sub configure {
    my ($self, %params) = @_;
    if (exists $params{code} || exists $params{command}) {
        Carp::croak("Cannot have both 'code' and 'command'")
            if (exists $params{code} || defined $self->{code}) && (exists $params{command} || defined $self->{command});
    }
    for my $key (grep { exists $params{$_} } qw(setup stdio)) {
        Carp::croak("IO::Async::Process: '$key' is not supported on this machine");
    }
    for my $key (qw(code command)) {
        $self->{$key} = delete $params{$key} if exists $params{$key};
    }
    for my $key (grep { /^(?:stdin|stdout|stderr|fd\d+)$/ } keys %params) {
        my $opts = delete $params{$key};
        my $fd = $key eq 'stdin' ? 0 : $key eq 'stdout' ? 1 : $key eq 'stderr' ? 2 : ($key =~ /^fd(\d+)$/)[0];
        $self->{fd_opts}{$fd} = { %$opts };
    }
    $self->SUPER::configure(%params);
    return;
}

sub pid { $_[0]{pid} }
sub is_running { my $self = shift; return $self->{running} ? 1 : 0 }
sub is_exited { my $self = shift; return defined $self->{exitcode} ? 1 : 0 }
sub exitcode { $_[0]{exitcode} }
sub exitstatus { my $self = shift; return defined $self->{exitcode} ? ($self->{exitcode} >> 8) : undef }
sub exception { $_[0]{dollarat} }
sub errno { $_[0]{dollarbang} }
sub errstr { my $self = shift; return defined $self->{dollarbang} ? "$self->{dollarbang}" : undef }
sub fd { my ($self, $fd) = @_; return $self->{streams}{$fd} }
sub stdin { $_[0]->fd(0) }
sub stdout { $_[0]->fd(1) }
sub stderr { $_[0]->fd(2) }

sub finish_future {
    my $self = shift;
    return $self->{finish_future} ||= ($self->{loop} ? $self->{loop}->new_future : do { require Future; Future->new });
}

sub kill {
    my ($self, $signal) = @_;
    CORE::kill($signal, $self->{pid}) or Carp::croak("Cannot kill() - $!");
    return;
}

# One pipe per configured descriptor: [our end, the child's end, direction].
sub _make_pipes {
    my ($self) = @_;
    my %pipes;
    for my $fd (sort keys %{ $self->{fd_opts} }) {
        my $opts = $self->{fd_opts}{$fd};
        my $write = $fd eq '0' || exists $opts->{from};
        pipe(my $r, my $w) or Carp::croak("Unable to pipe() - $!");
        $pipes{$fd} = $write ? [ $w, $r, 'write' ] : [ $r, $w, 'read' ];
    }
    pipe(my $sr, my $sw) or Carp::croak("Unable to pipe() - $!");
    return (\%pipes, $sr, $sw);
}

# In the child: descriptors in place, then exec or run the code; never returns.
sub _child {
    my ($self, $pipes, $sr, $sw) = @_;
    close $sr;
    close $_->[0] for values %$pipes;
    for my $fd (keys %$pipes) {
        my $child = $pipes->{$fd}[1];
        POSIX::dup2(fileno $child, $fd) unless fileno $child == $fd;
    }
    if (defined $self->{command}) {
        my $cmd = $self->{command};
        { no warnings 'exec'; ref $cmd ? exec(@$cmd) : exec($cmd); }
        syswrite $sw, "errno " . ($! + 0) . "\n";
        POSIX::_exit(255);
    }
    my $ret = eval { $self->{code}->() };
    my ($err, $errno) = ($@, $! + 0);
    STDOUT->flush; STDERR->flush;
    if (length $err) {
        syswrite $sw, "errno $errno\n$err";
        POSIX::_exit(255);
    }
    POSIX::_exit(defined $ret && $ret =~ /^\d+$/ ? $ret & 255 : 0);
}

sub _add_to_loop {
    my ($self, $loop) = @_;
    Carp::croak("Require either 'code' or 'command' in $self") unless defined $self->{code} || defined $self->{command};
    Carp::croak('Expected either an on_finish callback or to be able to ->on_finish') unless $self->can_event('on_finish');
    my ($pipes, $sr, $sw) = $self->_make_pipes;
    $loop->_watch_children;
    my $pid = fork;
    Carp::croak("Cannot fork - $!") unless defined $pid;
    $self->_child($pipes, $sr, $sw) unless $pid;
    close $sw;
    close $_->[1] for values %$pipes;
    @$self{qw(pid running open status_fh)} = ($pid, 1, 0, $sr);
    $self->_add_streams($pipes);
    $loop->watch_process($pid, sub { $self->{status} = $_[1]; $self->_maybe_finish });
    return;
}

sub _add_streams {
    my ($self, $pipes) = @_;
    for my $fd (sort keys %$pipes) {
        my ($fh, undef, $dir) = @{ $pipes->{$fd} };
        my $opts = $self->{fd_opts}{$fd};
        my $stream;
        if ($dir eq 'write') {
            $stream = IO::Async::Stream->new(write_handle => $fh);
            $stream->write($opts->{from}) if defined $opts->{from} && length $opts->{from};
            $stream->close_when_empty if exists $opts->{from};
        } else {
            my $into = $opts->{into};
            $$into = '' if $into;
            my $on_read = $opts->{on_read} || sub { my (undef, $b, $eof) = @_; $$into .= $$b if $into; $$b = ''; 0 };
            $self->{open}++;
            $stream = IO::Async::Stream->new(read_handle => $fh, on_read => $on_read,
                on_closed => sub { $self->{open}--; $self->_maybe_finish });
        }
        $self->{streams}{$fd} = $stream;
        $self->add_child($stream);
    }
    return;
}

sub _maybe_finish {
    my ($self) = @_;
    return if !defined $self->{status} || $self->{open} > 0 || defined $self->{exitcode};
    my $code = $self->{exitcode} = $self->{status};
    $self->{running} = 0;
    my $report = '';
    if (my $fh = delete $self->{status_fh}) { local $/; $report = <$fh> // ''; close $fh }
    my ($errno, $err) = $report =~ /\Aerrno (\d+)\n(.*)\z/s ? ($1, $2) : (0, '');
    $self->{dollarbang} = do { local $! = $errno; $! };
    $self->{dollarat} = $err;
    my $failed = defined $self->{code} ? length $err : $errno;
    if (!$failed || !$self->maybe_invoke_event('on_exception', $err, $self->{dollarbang}, $code)) {
        $self->invoke_event('on_finish', $code);
    }
    $self->finish_future->done($code) unless $self->finish_future->is_ready;
    $self->remove_from_parent;
    return;
}

1;
