package IO::Select;
# A set of handles for select(): the object is an array whose first slot is
# the vec() bit string and whose other slots hold the handles by fd.
use strict;
use warnings;

our $VERSION = '1.49';

sub new {
    my $class = shift;
    my $self = bless [undef], ref($class) || $class;
    $self->add(@_) if @_;
    return $self;
}

sub _fileno {
    my $h = shift;
    return undef unless defined $h;
    return $h =~ /^\d+$/ ? $h : fileno($h);
}

sub add {
    my $self = shift;
    my $n = 0;
    for my $h (@_) {
        my $f = _fileno(ref $h eq 'ARRAY' ? $h->[0] : $h);
        next unless defined $f;
        $self->[0] = '' unless defined $self->[0];
        next if defined $self->[$f + 1];
        vec($self->[0], $f, 1) = 1;
        $self->[$f + 1] = $h;
        $n++;
    }
    return $n;
}

sub remove {
    my $self = shift;
    my $n = 0;
    for my $h (@_) {
        my $f = _fileno(ref $h eq 'ARRAY' ? $h->[0] : $h);
        unless (defined $f) {
            for my $i (1 .. $#$self) {
                next unless defined $self->[$i] && $self->[$i] == $h;
                $f = $i - 1;
                last;
            }
        }
        next unless defined $f && defined $self->[$f + 1];
        vec($self->[0], $f, 1) = 0;
        $self->[$f + 1] = undef;
        $n++;
    }
    pop @$self while @$self > 1 && !defined $self->[-1];
    $self->[0] = undef if @$self == 1;
    return $n;
}

sub exists {
    my ($self, $h) = @_;
    my $f = _fileno($h);
    return defined $f ? $self->[$f + 1] : undef;
}

sub handles {
    my $self = shift;
    my $bits = shift;
    my @h;
    for my $i (1 .. $#$self) {
        next unless defined $self->[$i];
        next if defined $bits && !vec($bits, $i - 1, 1);
        push @h, $self->[$i];
    }
    return @h;
}

sub count {
    my $self = shift;
    return scalar grep { defined } @$self[1 .. $#$self];
}

sub bits { return $_[0]->[0]; }

sub as_string { my $self = shift; return unpack('b*', $self->[0] // ''); }

sub can_read {
    my ($self, $timeout) = @_;
    my $r = $self->[0];
    return () unless defined $r;
    my $n = select(my $rb = $r, undef, undef, $timeout);
    return $n > 0 ? $self->handles($rb) : ();
}

sub can_write {
    my ($self, $timeout) = @_;
    my $w = $self->[0];
    return () unless defined $w;
    my $n = select(undef, my $wb = $w, undef, $timeout);
    return $n > 0 ? $self->handles($wb) : ();
}

sub has_exception {
    my ($self, $timeout) = @_;
    my $e = $self->[0];
    return () unless defined $e;
    my $n = select(undef, undef, my $eb = $e, $timeout);
    return $n > 0 ? $self->handles($eb) : ();
}

sub select {
    shift if defined $_[0] && !ref $_[0] && $_[0] eq 'IO::Select';
    my ($r, $w, $e, $timeout) = @_;
    my $rb = defined $r ? $r->[0] : undef;
    my $wb = defined $w ? $w->[0] : undef;
    my $eb = defined $e ? $e->[0] : undef;
    my $n = select($rb, $wb, $eb, $timeout);
    return () unless $n && $n > 0;
    return (
        [defined $r ? $r->handles($rb) : ()],
        [defined $w ? $w->handles($wb) : ()],
        [defined $e ? $e->handles($eb) : ()],
    );
}

1;
