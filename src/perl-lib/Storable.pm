package Storable;
# Storable: deep copies (dclone) and serialised data (freeze/thaw,
# store/retrieve). Blessings, shared references and cycles survive a round
# trip. The byte format is this machine's own: files written by a real
# perl's Storable are refused, loudly.
use strict;
use warnings;
use Exporter ();
use Carp ();
use Scalar::Util ();

our $VERSION = '3.26';
our @ISA = ('Exporter');
our @EXPORT = qw(store retrieve);
our @EXPORT_OK = qw(nstore store_fd nstore_fd fd_retrieve freeze nfreeze thaw dclone
  lock_store lock_nstore lock_retrieve file_magic read_magic);
our %EXPORT_TAGS = (lock => [qw(lock_store lock_nstore lock_retrieve)]);
our ($canonical, $Deparse, $Eval, $forgive_me) = (0, 0, 0, 0);
our $_cloning = 0;

my $MAGIC = "pst0\x05\x0bTERRARIUM\n";

sub _freeze {
    my ($v, $seen, $out) = @_;
    if (!defined $v) { $$out .= 'U'; return }
    if (!ref $v) { my $s = "$v"; utf8::encode($s) if $s =~ /[^\x00-\xff]/ && ($$out .= 'W'); $$out .= 'S' . length($s) . ':' . $s; return }
    my $id = Scalar::Util::refaddr($v);
    if (exists $seen->{$id}) { $$out .= 'P' . $seen->{$id} . ':'; return }
    $seen->{$id} = scalar keys %$seen;
    my $class = Scalar::Util::blessed($v);
    my $type = Scalar::Util::reftype($v);
    return if defined $class && _freeze_hook($v, $class, $type, $seen, $out);
    $$out .= 'B' . length($class) . ':' . $class if defined $class;
    if ($type eq 'ARRAY') {
        $$out .= 'A' . @$v . ':';
        _freeze($_, $seen, $out) for @$v;
    } elsif ($type eq 'HASH') {
        my @k = $canonical ? sort keys %$v : keys %$v;
        $$out .= 'H' . @k . ':';
        for my $k (@k) { my $b = $k; utf8::encode($b); $$out .= length($b) . ':' . $b; _freeze($v->{$k}, $seen, $out) }
    } elsif ($type eq 'SCALAR' || $type eq 'REF') {
        $$out .= 'R';
        _freeze($$v, $seen, $out);
    } elsif ($type eq 'REGEXP') {
        my ($fl, $pat) = "$v" =~ /\A\(\?\^(\w*):(.*)\)\z/s or Carp::croak("Can't store REGEXP items");
        $$out .= 'Q' . length($pat) . ':' . $pat . length($fl) . ':' . $fl;
    } else {
        Carp::croak("Can't store $type items at /usr/lib/perl5/Storable.pm line 370,");
    }
}

# An object whose class has STORABLE_freeze: its serialised string and the
# references it returns, or false when the hook declines (empty list).
sub _freeze_hook {
    my ($v, $class, $type, $seen, $out) = @_;
    my $hook = $v->can('STORABLE_freeze') or return 0;
    my ($ser, @refs) = $hook->($v, $Storable::_cloning ? 1 : 0);
    return 0 unless defined $ser || @refs;
    $ser = '' unless defined $ser;
    my $t = { ARRAY => 'A', HASH => 'H', SCALAR => 'R', REF => 'R' }->{$type}
        or Carp::croak("Can't store $type items at /usr/lib/perl5/Storable.pm line 370,");
    $$out .= 'K' . length($class) . ':' . $class . $t . length($ser) . ':' . $ser . @refs . ':';
    for my $r (@refs) {
        Carp::croak("Item #1 returned by STORABLE_freeze for $class is not a reference") unless ref $r;
        _freeze($r, $seen, $out);
    }
    return 1;
}

sub _thaw_hook {
    my ($s, $pos, $refs, $num) = @_;
    my $n = $num->();
    my $class = substr($$s, $$pos, $n);
    $$pos += $n;
    my $t = substr($$s, $$pos++, 1);
    my $v = $t eq 'A' ? [] : $t eq 'H' ? {} : \my $x;
    push @$refs, $v;
    bless $v, $class;
    my $len = $num->();
    my $ser = substr($$s, $$pos, $len);
    $$pos += $len;
    my @sub = map { _thaw($s, $pos, $refs) } 1 .. $num->();
    my $hook = $v->can('STORABLE_thaw')
        or Carp::croak("No STORABLE_thaw defined for objects of class $class");
    $hook->($v, $Storable::_cloning ? 1 : 0, $ser, @sub);
    return $v;
}

sub _thaw {
    my ($s, $pos, $refs) = @_;
    my $t = substr($$s, $$pos++, 1);
    my $num = sub { substr($$s, $$pos) =~ /^(\d+):/ or Carp::croak('Storable: corrupt data'); $$pos += length($1) + 1; $1 };
    return undef if $t eq 'U';
    if ($t eq 'W' || $t eq 'S') {
        $$pos++ if $t eq 'W';
        my $n = $num->();
        my $v = substr($$s, $$pos, $n);
        $$pos += $n;
        utf8::decode($v) if $t eq 'W';
        return $v;
    }
    return $refs->[ $num->() ] if $t eq 'P';
    return _thaw_hook($s, $pos, $refs, $num) if $t eq 'K';
    my $class;
    if ($t eq 'B') { my $n = $num->(); $class = substr($$s, $$pos, $n); $$pos += $n; $t = substr($$s, $$pos++, 1) }
    my $v;
    if ($t eq 'A') {
        $v = [];
        push @$refs, $v;
        my $n = $num->();
        push @$v, _thaw($s, $pos, $refs) for 1 .. $n;
    } elsif ($t eq 'H') {
        $v = {};
        push @$refs, $v;
        my $n = $num->();
        for (1 .. $n) {
            my $kl = $num->();
            my $k = substr($$s, $$pos, $kl);
            $$pos += $kl;
            utf8::decode($k);
            $v->{$k} = _thaw($s, $pos, $refs);
        }
    } elsif ($t eq 'Q') {
        my $n = $num->();
        my $pat = substr($$s, $$pos, $n);
        $$pos += $n;
        $n = $num->();
        my $fl = substr($$s, $$pos, $n);
        $$pos += $n;
        Carp::croak('Storable: corrupt data') if $fl =~ /\W/;
        # The flags are letters checked above; the pattern is a variable, never code.
        $v = $fl eq '' ? qr/$pat/ : eval "qr/\$pat/$fl";
        push @$refs, $v;
    } elsif ($t eq 'R') {
        my $x;
        $v = \$x;
        push @$refs, $v;
        $x = _thaw($s, $pos, $refs);
    } else {
        Carp::croak('Storable: corrupt data');
    }
    bless $v, $class if defined $class;
    return $v;
}

sub freeze {
    my $v = shift;
    Carp::croak('Not a reference') unless ref $v;
    my $out = '';
    _freeze($v, {}, \$out);
    return $MAGIC . $out;
}
sub nfreeze { return freeze(@_) }

sub thaw {
    my $s = shift;
    return undef unless defined $s && substr($s, 0, length $MAGIC) eq $MAGIC;
    my $pos = length $MAGIC;
    return _thaw(\$s, \$pos, []);
}

sub dclone {
    my $v = shift;
    Carp::croak('Not a reference') unless ref $v;
    local $Storable::_cloning = 1;
    return thaw(freeze($v));
}

sub store {
    my ($v, $file) = @_;
    Carp::croak('not a reference') unless ref $v;
    open(my $fh, '>', $file) or Carp::croak("can't create $file: $!");
    binmode $fh;
    print {$fh} freeze($v);
    close($fh) or Carp::croak("can't write $file: $!");
    return 1;
}
sub nstore { return store(@_) }
sub lock_store { return store(@_) }
sub lock_nstore { return store(@_) }

sub retrieve {
    my $file = shift;
    open(my $fh, '<', $file) or Carp::croak("can't open $file: $!");
    binmode $fh;
    local $/;
    my $s = <$fh>;
    close $fh;
    $s = '' unless defined $s;
    if (substr($s, 0, 4) ne 'pst0') {
        my $why = length($s) < 10 ? 'Magic number checking on storable file failed' : 'File is not a perl storable';
        Carp::croak("$why at /usr/lib/perl5/Storable.pm line 421,") if substr($s, 0, 10) ne 'perl-store';
    }
    Carp::croak("Storable: $file was written by another perl's Storable, which this machine cannot read")
        if substr($s, 0, length $MAGIC) ne $MAGIC;
    return thaw($s);
}
sub lock_retrieve { return retrieve(@_) }
sub store_fd { my ($v, $fh) = @_; print {$fh} freeze($v); return 1 }
sub nstore_fd { return store_fd(@_) }
sub fd_retrieve { my $fh = shift; local $/; return thaw(scalar <$fh>) }
sub file_magic { return undef }
sub read_magic { return undef }
1;
