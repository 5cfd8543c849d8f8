package Future;
# Futures: a result that will exist later. A future is pending, then done
# (with values), failed (with a message and details) or cancelled, once.
# Callbacks run when it becomes ready; then/else/transform chain new
# futures; needs_all/needs_any/wait_all/wait_any combine them. ->get on a
# pending future asks ->await, which a subclass backed by an event loop
# provides (IO::Async::Future).
use strict;
use warnings;
use Carp ();
use Scalar::Util ();

our $VERSION = '0.49';

sub new {
    my $proto = shift;
    my $class = ref $proto || $proto;
    return bless { ready => 0, state => 'pending', callbacks => [] }, $class;
}

sub done {
    my $self = shift;
    $self = $self->new unless ref $self;
    $self->_check_pending('done');
    @$self{qw(ready state result)} = (1, 'done', [@_]);
    $self->_mark_ready;
    return $self;
}

sub fail {
    my ($self, $exception, @details) = @_;
    $self = $self->new unless ref $self;
    $self->_check_pending('fail');
    Carp::croak('Expected a true exception') unless $exception;
    @$self{qw(ready state failure)} = (1, 'failed', [ $exception, @details ]);
    $self->_mark_ready;
    return $self;
}

sub die {
    my ($self, $exception, @details) = @_;
    if (!ref $exception && $exception !~ /\n\z/) {
        my (undef, $file, $line) = caller;
        $exception .= " at $file line $line\n";
    }
    return $self->fail($exception, @details);
}

sub _check_pending {
    my ($self, $what) = @_;
    return unless $self->{ready};
    my $state = $self->{state} eq 'failed' ? 'failed' : $self->{state} eq 'cancelled' ? 'cancelled' : 'done';
    Carp::croak("$self is already $state and cannot be ->$what");
}

sub _mark_ready {
    my ($self) = @_;
    my @cbs = @{ $self->{callbacks} };
    $self->{callbacks} = [];
    $self->_invoke($_) for @cbs;
    return;
}

sub _invoke {
    my ($self, $cb) = @_;
    my ($kind, $code) = @$cb;
    my $s = $self->{state};
    if ($kind eq 'ready') { $code->($self) }
    elsif ($kind eq 'done') { $code->(@{ $self->{result} }) if $s eq 'done' }
    elsif ($kind eq 'fail') { $code->(@{ $self->{failure} }) if $s eq 'failed' }
    elsif ($kind eq 'cancel') { $code->($self) if $s eq 'cancelled' }
    return;
}

sub _on {
    my ($self, $kind, $code) = @_;
    if ($self->{ready}) { $self->_invoke([ $kind, $code ]) }
    else { push @{ $self->{callbacks} }, [ $kind, $code ] }
    return $self;
}

sub on_ready { my ($self, $code) = @_; return $self->_on('ready', ref $code eq 'CODE' ? $code : sub { $code->_copy_from($_[0]) }) }
sub on_done { my ($self, $code) = @_; return $self->_on('done', ref $code eq 'CODE' ? $code : sub { $code->done(@_) }) }
sub on_fail { my ($self, $code) = @_; return $self->_on('fail', ref $code eq 'CODE' ? $code : sub { $code->fail(@_) }) }
sub on_cancel { my ($self, $code) = @_; return $self->_on('cancel', ref $code eq 'CODE' ? $code : sub { $code->cancel }) }

sub _copy_from {
    my ($self, $other) = @_;
    return $self if $self->{ready};
    if ($other->{state} eq 'done') { $self->done(@{ $other->{result} }) }
    elsif ($other->{state} eq 'failed') { $self->fail(@{ $other->{failure} }) }
    else { $self->cancel }
    return $self;
}

sub is_ready { $_[0]{ready} ? 1 : '' }
sub is_done { $_[0]{state} eq 'done' ? 1 : '' }
sub is_failed { $_[0]{state} eq 'failed' ? 1 : '' }
sub is_cancelled { $_[0]{state} eq 'cancelled' ? 1 : '' }
sub state { $_[0]{state} }

sub await {
    my ($self) = @_;
    return $self if $self->{ready};
    Carp::croak("$self is not yet complete and does not provide ->await");
}

sub block_until_ready { my $self = shift; $self->await until $self->{ready}; return $self }

sub result {
    my ($self) = @_;
    $self->await until $self->{ready};
    if ($self->{state} eq 'failed') {
        my $e = $self->{failure}[0];
        Carp::croak($e) unless ref $e || $e =~ /\n\z/;
        CORE::die($e);
    }
    Carp::croak("$self was cancelled") if $self->{state} eq 'cancelled';
    return @{ $self->{result} } if wantarray;
    return $self->{result}[0];
}

sub get {
    my ($self) = @_;
    $self->await until $self->{ready};
    if ($self->{state} eq 'failed') {
        my $e = $self->{failure}[0];
        Carp::croak($e) unless ref $e || $e =~ /\n\z/;
        CORE::die($e);
    }
    Carp::croak("$self was cancelled") if $self->{state} eq 'cancelled';
    return @{ $self->{result} } if wantarray;
    return $self->{result}[0];
}

sub failure {
    my ($self) = @_;
    $self->await until $self->{ready};
    return unless $self->{state} eq 'failed';
    return @{ $self->{failure} } if wantarray;
    return $self->{failure}[0];
}

sub cancel {
    my ($self) = @_;
    return $self if $self->{ready};
    @$self{qw(ready state)} = (1, 'cancelled');
    $_->cancel for grep { !$_->{ready} } @{ $self->{subs} || [] };
    $self->_mark_ready;
    return $self;
}

sub without_cancel { my $self = shift; my $new = $self->new; $self->on_ready($new); return $new }

# Chain: a new future that follows what $done/$fail return.
sub _sequence {
    my ($self, $done, $fail, $wrap) = @_;
    my $new = $self->new;
    $self->on_ready(sub {
        my $f = shift;
        return $new->cancel if $f->{state} eq 'cancelled';
        my $code = $f->{state} eq 'done' ? $done : $fail;
        return $new->_copy_from($f) unless $code;
        my $next = eval { $code->($f->{state} eq 'done' ? @{ $f->{result} } : @{ $f->{failure} }) };
        return $new->fail($@) if $@;
        if ($wrap) { return $new->done($next) }
        return $new->fail('Expected ' . (Scalar::Util::blessed($f) || 'Future') . "->then to return a Future\n")
            unless Scalar::Util::blessed($next) && $next->can('on_ready');
        $next->on_ready(sub { $new->_copy_from($_[0]) });
    });
    $new->on_cancel(sub { $self->cancel });
    return $new;
}

sub then {
    my ($self, $done, @rest) = @_;
    my $fail = @rest % 2 ? pop @rest : undef;
    return $self->_sequence($done, $fail);
}

sub else { my ($self, $fail) = @_; return $self->_sequence(undef, $fail) }

sub then_with_f {
    my ($self, $done) = @_;
    return $self->_sequence(sub { $done->($self, @_) }, undef);
}

sub followed_by {
    my ($self, $code) = @_;
    my $new = $self->new;
    $self->on_ready(sub {
        my $next = $code->($self);
        $next->on_ready(sub { $new->_copy_from($_[0]) });
    });
    return $new;
}

sub transform {
    my ($self, %args) = @_;
    my $new = $self->new;
    $self->on_ready(sub {
        my $f = shift;
        if ($f->{state} eq 'done') { $new->done($args{done} ? $args{done}->(@{ $f->{result} }) : @{ $f->{result} }) }
        elsif ($f->{state} eq 'failed') { $new->fail($args{fail} ? $args{fail}->(@{ $f->{failure} }) : @{ $f->{failure} }) }
        else { $new->cancel }
    });
    return $new;
}

sub catch {
    my ($self, @args) = @_;
    my $default = @args % 2 ? pop @args : undef;
    my %by_cat = @args;
    return $self->_sequence(undef, sub {
        my ($msg, $cat) = @_;
        my $code = (defined $cat && $by_cat{$cat}) || $default;
        return $code ? $code->(@_) : Future->fail(@_);
    });
}

sub retain { $_[0] }
sub set_label { $_[0]{label} = $_[1]; $_[0] }
sub label { $_[0]{label} }

sub _new_convergent {
    my ($class, $subs) = @_;
    my ($proto) = grep { Scalar::Util::blessed($_) && ref $_ ne 'Future' } @$subs;
    my $self = ref $class ? $class->new : $proto ? $proto->new : $class->new;
    $self->{subs} = $subs;
    return $self;
}

sub pending_futures { grep { !$_->{ready} } @{ $_[0]{subs} || [] } }
sub ready_futures { grep { $_->{ready} } @{ $_[0]{subs} || [] } }
sub done_futures { grep { $_->{state} eq 'done' } @{ $_[0]{subs} || [] } }
sub failed_futures { grep { $_->{state} eq 'failed' } @{ $_[0]{subs} || [] } }
sub cancelled_futures { grep { $_->{state} eq 'cancelled' } @{ $_[0]{subs} || [] } }

sub wait_all {
    my ($class, @subs) = @_;
    my $self = $class->_new_convergent(\@subs);
    return $self->done unless @subs;
    my $left = @subs;
    for my $f (@subs) {
        $f->on_ready(sub { $self->done(@subs) if !--$left && !$self->{ready} });
    }
    return $self;
}

sub wait_any {
    my ($class, @subs) = @_;
    my $self = $class->_new_convergent(\@subs);
    return $self->fail('Cannot ->wait_any with no subfutures') unless @subs;
    for my $f (@subs) {
        $f->on_ready(sub {
            return if $self->{ready};
            $self->_copy_from($f);
            $_->cancel for grep { !$_->{ready} } @subs;
        });
    }
    return $self;
}

sub needs_all {
    my ($class, @subs) = @_;
    my $self = $class->_new_convergent(\@subs);
    return $self->done unless @subs;
    my $left = @subs;
    for my $f (@subs) {
        $f->on_ready(sub {
            return if $self->{ready};
            if ($f->{state} ne 'done') {
                $self->_copy_from($f);
                $_->cancel for grep { !$_->{ready} } @subs;
                return;
            }
            $self->done(map { @{ $_->{result} } } @subs) unless --$left;
        });
    }
    return $self;
}

sub needs_any {
    my ($class, @subs) = @_;
    my $self = $class->_new_convergent(\@subs);
    return $self->fail('Cannot ->needs_any with no subfutures') unless @subs;
    my $left = @subs;
    for my $f (@subs) {
        $f->on_ready(sub {
            return if $self->{ready};
            if ($f->{state} eq 'done') {
                $self->_copy_from($f);
                $_->cancel for grep { !$_->{ready} } @subs;
                return;
            }
            $self->_copy_from($f) unless --$left;
        });
    }
    return $self;
}

1;
