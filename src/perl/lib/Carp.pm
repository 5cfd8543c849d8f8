package Carp;
# Carp: warn or die from the caller's point of view.
# croak/carp name the first call site outside the croaking package (and the
# packages it trusts through @CARP_NOT or @ISA); when every frame is trusted
# they give a whole backtrace, as confess/cluck always do.
use Exporter 'import';
our @EXPORT = qw(croak carp confess cluck);
our @EXPORT_OK = qw(longmess shortmess);
our $VERSION = '1.52';
our $CarpLevel = 0;
our $Verbose = 0;
our $MaxArgLen = 64;
our $MaxArgNums = 8;
our %CarpInternal = (Carp => 1, warnings => 1);
our %Internal = (Exporter => 1, 'Exporter::Heavy' => 1);

# Every frame above Carp: [0] is the call into Carp (croak, carp, ...).
sub _frames {
    my @out;
    for (my $i = 1; ; $i++) {
        my @c;
        { package DB; @DB::args = (); @c = caller($i); }
        last unless @c;
        next if !@out && $c[0] eq 'Carp';
        push @out, { pkg => $c[0], file => $c[1], line => $c[2], sub => $c[3],
                     hasargs => $c[4], evaltext => $c[6], require => $c[7], args => [@DB::args] };
    }
    return \@out;
}

sub _trusts_list {
    my $pkg = shift;
    no strict 'refs';
    my @n = @{"${pkg}::CARP_NOT"};
    return @n ? @n : @{"${pkg}::ISA"};
}

sub _trusts {
    my ($child, $parent) = @_;
    return 1 if $child eq $parent;
    my %seen = ($child => 1);
    my @todo = ($child);
    while (@todo) {
        for my $p (_trusts_list(shift @todo)) {
            return 1 if $p eq $parent;
            push @todo, $p unless $seen{$p}++;
        }
    }
    return 0;
}

sub _internal { my $p = shift; return $CarpInternal{$p} || $Internal{$p} }

# Index of the frame a short message names, or -1 when every frame is trusted.
sub _short_loc {
    my $frames = shift;
    my $lvl = $CarpLevel;
    for my $k (1 .. $#$frames) {
        my ($called, $caller) = ($frames->[$k - 1]{pkg}, $frames->[$k]{pkg});
        next if _internal($caller) || $CarpInternal{$called};
        next if _trusts($called, $caller) || _trusts($caller, $called);
        next if $lvl-- > 0;
        return $k;
    }
    return -1;
}

sub _format_arg {
    my $arg = shift;
    return 'undef' unless defined $arg;
    return "$arg" if ref $arg;
    return $arg if $arg =~ /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\z/;
    my $suffix = '';
    if (2 < $MaxArgLen && $MaxArgLen < length($arg)) { $arg = substr($arg, 0, $MaxArgLen - 3); $suffix = '...' }
    $arg =~ s/([\"\\\$\@])/\\$1/g;
    $arg =~ s/([^ -~])/sprintf('\\x{%x}', ord $1)/eg;
    return qq("$arg") . $suffix;
}

sub _sub_of {
    my $f = shift;
    my $sub = $f->{sub};
    if ($sub eq '(eval)') {
        return 'eval {...}' unless defined $f->{evaltext};
        return "require $f->{evaltext}" if $f->{require};
        (my $t = $f->{evaltext}) =~ s/([\\\'])/\\$1/g;
        return "eval '$t'";
    }
    return $sub unless $f->{hasargs};
    my @args = @{ $f->{args} };
    my $more = @args > $MaxArgNums && $MaxArgNums;
    splice @args, $MaxArgNums if $more;
    return $sub . '(' . join(', ', map { _format_arg($_) } @args) . ($more ? ', ...' : '') . ')';
}

sub _long_text {
    my ($msg, $frames) = @_;
    my ($i, $lvl) = (0, $CarpLevel);
    while ($i < $#$frames) {
        my $p = $frames->[$i]{pkg};
        if ($CarpInternal{$p} || $lvl-- > 0 || $Internal{$p}) { $i++; next }
        last;
    }
    my $f = $frames->[$i];
    return "$msg at -e line 0.\n" unless $f;
    my $out = "$msg at $f->{file} line $f->{line}.\n";
    for my $g (@$frames[$i + 1 .. $#$frames]) {
        $out .= "\t" . _sub_of($g) . " called at $g->{file} line $g->{line}\n";
    }
    return $out;
}

# Called from outside Carp, longmess reports where its caller was called.
sub longmess {
    my $m = join '', @_;
    local $CarpLevel = $CarpLevel + (_internal(scalar caller) ? 0 : 1);
    return _long_text($m, _frames());
}

# What caller($i) knows about a frame, as Carp's own helpers see it.
sub caller_info {
    my $i = shift(@_) + 1;
    my @c;
    { package DB; @DB::args = (); @c = caller($i); }
    return unless @c;
    my %call_info;
    @call_info{qw(pack file line sub_name has_args wantarray evaltext is_require)} = @c[0 .. 7];
    my $f = { pkg => $c[0], file => $c[1], line => $c[2], sub => $c[3], hasargs => $c[4],
              evaltext => $c[6], require => $c[7], args => [@DB::args] };
    $call_info{sub_name} = _sub_of($f);
    return wantarray ? %call_info : \%call_info;
}

sub shortmess {
    my $m = join '', @_;
    my $frames = _frames();
    return _long_text($m, $frames) if $Verbose;
    my $k = _short_loc($frames);
    return _long_text($m, $frames) if $k < 0;
    return "$m at $frames->[$k]{file} line $frames->[$k]{line}.\n";
}

sub croak { die shortmess(@_) }
sub confess { die longmess(@_) }
sub carp { warn shortmess(@_) }
sub cluck { warn longmess(@_) }

1;
