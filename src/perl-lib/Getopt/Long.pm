package Getopt::Long;
# Long and short command line options: GetOptions('name|n=s' => \$var, ...).
# Supports the =s =i =f =o :s :i :f :N :+ + ! @ % {N,M} specifiers,
# abbreviations, bundling (and bundling_override, bundling_values), case
# (in)sensitivity, permute/require_order, pass_through and gnu_compat, with
# the warnings of the classic module (Getopt::Long 2.52) on STDERR.
use strict;
use warnings;
use Exporter ();

our $VERSION = '2.52';
our @ISA = ('Exporter');
our @EXPORT = qw(GetOptions);
our @EXPORT_OK = qw(GetOptionsFromArray GetOptionsFromString Configure HelpMessage VersionMessage);

my %Config;
sub _defaults {
    %Config = (
        ignore_case => 1, bundling => 0, pass_through => 0, auto_abbrev => 1,
        permute => $ENV{POSIXLY_CORRECT} ? 0 : 1, getopt_compat => $ENV{POSIXLY_CORRECT} ? 0 : 1,
        gnu_compat => 0, bundling_values => 0,
    );
    return;
}
_defaults();

sub import {
    my $pkg = shift;
    my (@syms, @conf);
    while (@_) {
        my $w = shift;
        if ($w eq ':config') { @conf = @_; last; }
        push @syms, $w;
    }
    Configure(@conf) if @conf;
    local $Exporter::ExportLevel = 1;
    return Exporter::import($pkg, @syms);
}

# Configure(@options): change the parsing rules; returns the old settings.
sub Configure {
    my $old = { %Config };
    for my $opt (@_) {
        if (ref $opt eq 'HASH') { %Config = %$opt; next; }
        my $o = lc $opt;
        my $val = 1;
        $val = 0 if $o =~ s/^no_?//;
        if ($o eq 'default') { _defaults(); }
        elsif ($o eq 'posix_default') { _defaults(); @Config{qw(permute getopt_compat)} = (0, 0); }
        elsif ($o eq 'gnu_getopt') {
            @Config{qw(gnu_compat bundling permute getopt_compat bundling_values)} = (1, 1, 1, 0, 0) if $val;
        } elsif ($o eq 'gnu_compat') { $Config{gnu_compat} = $val; }
        elsif ($o eq 'bundling') { $Config{bundling} = $val; $Config{bundling_values} = 0 if $val; }
        elsif ($o eq 'bundling_override') { $Config{bundling} = $val ? 2 : 0; $Config{bundling_values} = 0 if $val; }
        elsif ($o eq 'bundling_values') { $Config{bundling_values} = $val; $Config{bundling} = 0 if $val; }
        elsif ($o eq 'ignore_case' || $o eq 'ignorecase') { $Config{ignore_case} = $val; }
        elsif ($o eq 'ignore_case_always' || $o eq 'ignorecase_always') { $Config{ignore_case} = $val ? 2 : 0; }
        elsif ($o eq 'pass_through' || $o eq 'passthrough') { $Config{pass_through} = $val; }
        elsif ($o eq 'auto_abbrev' || $o eq 'autoabbrev') { $Config{auto_abbrev} = $val; }
        elsif ($o eq 'permute') { $Config{permute} = $val; }
        elsif ($o eq 'require_order') { $Config{permute} = !$val; }
        elsif ($o eq 'getopt_compat') { $Config{getopt_compat} = $val; }
        elsif ($o =~ /^(?:debug|auto_version|auto_help)$/) { }
        else { die "Getopt::Long: unknown or erroneous config parameter \"$opt\"\n"; }
    }
    return $old;
}

sub config { return Configure(@_) }

sub GetOptions { return GetOptionsFromArray(\@ARGV, @_) }

sub GetOptionsFromString {
    my ($string, @rest) = @_;
    require Text::ParseWords;
    my @args = Text::ParseWords::shellwords($string);
    my $ok = GetOptionsFromArray(\@args, @rest);
    return wantarray ? ($ok, \@args) : ($ok && !@args);
}

# Parse one spec like "name|alias=s@" into its names and its type.
sub _parse_spec {
    my $spec = shift;
    $spec =~ /^([\w?-]+(?:\|[\w?-]*)*)?([=:!+].*)?$/ or die "Error in option spec: \"$spec\"\n";
    my ($names, $type) = ($1, defined $2 ? $2 : '');
    $names = '<>' unless defined $names;
    my @names = grep { length } split /\|/, $names;
    my %o = (primary => $names[0], names => \@names, type => 'bool', dest => '');
    if ($type eq '!') { $o{neg} = 1; }
    elsif ($type eq '+') { $o{type} = 'incr'; }
    elsif ($type =~ /^([=:])([sifo])([@%])?(?:\{(\d*)(,?)(\d*)\})?$/) {
        @o{qw(type optional dest)} = ($2, $1 eq ':', $3 || '');
        if (defined $4) {
            $o{min} = length $4 ? $4 : 1;
            $o{max} = length $6 ? $6 : $5 ? -1 : $o{min};
            $o{optional} = 1 if $o{min} == 0;
        }
    } elsif ($type =~ /^:(-?\d+)([@%])?$/) {
        @o{qw(type optional default dest)} = ('i', 1, $1, $2 || '');
    } elsif ($type =~ /^:\+([@%])?$/) {
        @o{qw(type optional incr_default dest)} = ('i', 1, 1, $1 || '');
    } elsif ($type ne '') { die "Error in option spec: \"$spec\"\n"; }
    return \%o;
}

# The option table: name (lower case when case is ignored) -> spec, and
# "no"/"no-" names of negatable options -> [spec].
sub _table {
    my ($spec, $hash, $caller) = @_;
    my (%opt, $nonopt);
    my @spec = @$spec;
    while (@spec) {
        my $s = shift @spec;
        my $link = (@spec && ref $spec[0]) ? shift @spec : undef;
        if ($s eq '<>') { $nonopt = $link; next; }
        my $o = _parse_spec($s);
        $o->{link} = $link;
        if (!$link && $hash) { $o->{hash} = $hash; }
        elsif (!$link) {
            no strict 'refs';
            (my $v = $o->{primary}) =~ s/\W/_/g;
            $o->{link} = $o->{dest} eq '@' ? \@{"${caller}::opt_$v"}
                       : $o->{dest} eq '%' ? \%{"${caller}::opt_$v"} : \${"${caller}::opt_$v"};
        }
        for my $n (@{ $o->{names} }) {
            $opt{ _key($n) } = $o;
            if ($o->{neg}) { $opt{ _key("no$n") } = [$o]; $opt{ _key("no-$n") } = [$o]; }
        }
    }
    return (\%opt, $nonopt);
}

sub _key {
    my $n = shift;
    return $n if !$Config{ignore_case} || ($Config{bundling} && length $n == 1 && $Config{ignore_case} < 2);
    return lc $n;
}

sub GetOptionsFromArray {
    my ($argv, @spec) = @_;
    my $hash = ref $spec[0] eq 'HASH' ? shift @spec : undef;
    my $caller = caller;
    $caller = caller(1) if $caller eq __PACKAGE__;
    my ($opt, $nonopt) = _table(\@spec, $hash, $caller);
    my $st = { argv => $argv, opt => $opt, errors => 0 };
    my @keep;
    while (@$argv) {
        my $arg = shift @$argv;
        if ($arg eq '--') { push @keep, '--' if $Config{pass_through}; last; }
        if ($arg =~ /^--?./s && $arg ne '-') {
            my $handled = eval { _option($st, $arg) };
            if (!defined $handled) {
                my $e = $@;
                last if ref $e eq 'Getopt::Long::Finish';
                die $e if ref $e || $e !~ /^Getopt::Long::Warn:/;
                $e =~ s/^Getopt::Long::Warn://;
                warn $e;
                $st->{errors}++;
                next;
            }
            next if $handled;
        }
        if ($nonopt) {
            _call($nonopt, $arg);
        } elsif ($Config{permute}) {
            push @keep, $arg;
        } else {
            unshift @$argv, $arg;
            last;
        }
    }
    @$argv = (@keep, @$argv);
    return $st->{errors} ? '' : 1;
}

sub _fail { die "Getopt::Long::Warn:$_[0]" }

# One option word. Returns 1 when handled, 0 when it is to be kept as an
# argument (pass_through); dies with a warning on an error.
sub _option {
    my ($st, $arg) = @_;
    my ($starter, $body) = $arg =~ /^(--?)(.*)$/s;
    my $single = $starter eq '-';
    if ($single && ($Config{bundling} || $Config{bundling_values})) {
        unless ($Config{bundling} == 2 && length $body > 1 && (_lookup($st, $body, 1))[0]) {
            return _bundled($st, $arg, $body);
        }
    }
    my ($name, $value);
    if ((!$single || $Config{getopt_compat}) && index($body, '=', 1) > 0) { ($name, $value) = split /=/, $body, 2 }
    else { $name = $body }
    my ($o, $neg, $full) = _lookup($st, $name);
    if (!$o) {
        return 0 if $Config{pass_through};
        _fail("Option $name is ambiguous (" . join(', ', @$neg) . ")\n") if ref $neg;
        _fail("Unknown option: $name\n");
    }
    return _take($st, $o, $neg, $full, $value, undef);
}

# A single-dash word under bundling: one letter, the rest a value or more letters.
sub _bundled {
    my ($st, $arg, $body) = @_;
    my $c = substr($body, 0, 1);
    my $rest = substr($body, 1);
    $rest = undef if $rest eq '';
    my $o = $st->{opt}{ _key($c) };
    $o = undef if ref $o eq 'ARRAY';
    if (!$o) {
        return 0 if $Config{pass_through};
        unshift @{ $st->{argv} }, "-$rest" if defined $rest;
        _fail("Unknown option: $c\n");
    }
    if ($Config{bundling_values}) { return _take($st, $o, 0, $c, $rest, undef) }
    if ($o->{type} eq 'bool' || $o->{type} eq 'incr') {
        unshift @{ $st->{argv} }, "-$rest" if defined $rest;
        return _take($st, $o, 0, $c, undef, undef);
    }
    return _take($st, $o, 0, $c, undef, $rest);
}

# The spec for a name: exact, or an unambiguous abbreviation. In list
# context also whether it is a negation and the full name matched; for an
# ambiguous name the candidates instead.
sub _lookup {
    my ($st, $name, $exact) = @_;
    my $opt = $st->{opt};
    my $k = _key($name);
    my $hit = $opt->{$k};
    my $full = $name;
    if (!$hit && $Config{auto_abbrev} && !$exact) {
        my @cand = grep { index($_, $k) == 0 } sort keys %$opt;
        my %prim = map { my $o = ref $opt->{$_} eq 'ARRAY' ? $opt->{$_}[0] : $opt->{$_}; (($o->{primary} . (ref $opt->{$_} eq 'ARRAY' ? '!' : '')) => $_) } @cand;
        if (keys %prim == 1) { $full = $cand[0]; $hit = $opt->{$full}; }
        elsif (@cand > 1) { return (undef, \@cand, $name); }
    }
    return (undef, undef, $name) unless $hit;
    return ref $hit eq 'ARRAY' ? ($hit->[0], 1, $full) : ($hit, 0, $full);
}

my %VALID = (
    i => qr/\A[-+]?[0-9]+\z/,
    o => qr/\A[-+]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)\z/,
    f => qr/\A[-+]?(?=[0-9.])[0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9_]+)?\z/,
);
my %EXPECTED = (i => 'number', o => 'extended number', f => 'real number');

sub _valid { my ($type, $v) = @_; return !$VALID{$type} || (defined $v && $v =~ $VALID{$type}) }

# Whether the next word can be a value for an option of this type.
sub _value_like {
    my ($o, $v) = @_;
    return 0 if !defined $v || $v eq '--';
    return $v !~ /^-./s if $o->{type} eq 's';
    return _valid($o->{type}, $v);
}

sub _convert {
    my ($type, $v) = @_;
    return $v unless defined $v;
    if ($type eq 'i' || $type eq 'o') {
        (my $n = $v) =~ tr/_//d;
        my $sign = $n =~ s/^([-+])// ? $1 : '';
        my $r = $type eq 'o' && $n =~ /^0/ ? oct($n) : 0 + $n;
        return $sign eq '-' ? -$r : $r;
    }
    if ($type eq 'f') { (my $n = $v) =~ tr/_//d; return $n }
    return $v;
}

# Give option $o its value: $value came with '=', $rest from a bundle;
# otherwise it is taken from the words that follow.
sub _take {
    my ($st, $o, $neg, $name, $value, $rest) = @_;
    my $argv = $st->{argv};
    my $type = $o->{type};
    if ($type eq 'bool' || $type eq 'incr') {
        _fail("Option $name does not take an argument\n") if defined $value;
        return _store($o, $neg ? 0 : 1, undef, $type eq 'incr');
    }
    my $hashy = $o->{dest} eq '%' || ref $o->{link} eq 'HASH';
    my ($v, $taken);
    if (defined $rest) { $v = $rest }
    elsif (defined $value) {
        if ($value eq '' && ($Config{gnu_compat} || $o->{optional})) {
            return _store($o, $type eq 's' ? '' : 0, undef, 0);
        }
        _fail("Option $name requires an argument\n") if $value eq '' && !$o->{optional};
        $v = $value;
    } elsif ($o->{optional}) {
        if (!_value_like($o, $argv->[0])) {
            return _store($o, undef, undef, 1) if $o->{incr_default};
            return _store($o, defined $o->{default} ? $o->{default} : $type eq 's' ? '' : 0, undef, 0);
        }
        $v = shift @$argv;
        $taken = 1;
    } else {
        unless (@$argv) {
            return 0 if $Config{pass_through};
            _fail("Option $name requires an argument\n");
        }
        $v = shift @$argv;
        $taken = 1;
    }
    my $key;
    if ($hashy) {
        if ($v =~ /^([^=]*)=(.*)$/s) { ($key, $v) = ($1, $2) }
        else {
            $key = $v;
            $v = defined $o->{default} ? $o->{default} : $o->{optional} ? ($type eq 's' ? '' : 1) : undef;
            _fail("Option $name, key \"$key\", requires a value\n") unless defined $v;
        }
    }
    unless (_valid($type, $v)) {
        if ($Config{pass_through} && !defined $rest) { unshift @$argv, $v if $taken; return 0 }
        unshift @$argv, "-$rest" if defined $rest;
        _fail("Value \"$v\" invalid for option $name ($EXPECTED{$type} expected)\n");
    }
    _store($o, _convert($type, $v), $key, 0);
    # {min,max}: more values from the words that follow
    if ($o->{min}) {
        my $count = 1;
        while ($count < $o->{min}) {
            _fail("Insufficient arguments for option $name\n") unless @$argv;
            my $w = shift @$argv;
            _fail("Value \"$w\" invalid for option $name ($EXPECTED{$type} expected)\n") unless _valid($type, $w);
            _store($o, _convert($type, $w), undef, 0);
            $count++;
        }
        while (($o->{max} < 0 || $count < $o->{max}) && @$argv && _value_like($o, $argv->[0])) {
            _store($o, _convert($type, shift @$argv), undef, 0);
            $count++;
        }
    }
    return 1;
}

sub _store {
    my ($o, $v, $key, $incr) = @_;
    my $link = $o->{link};
    my $p = $o->{primary};
    if ($o->{hash}) {
        my $h = $o->{hash};
        if (ref $h->{$p} eq 'CODE') { _call($h->{$p}, Getopt::Long::CallBack->new($p), defined $key ? ($key, $v) : $v); }
        elsif (ref $h->{$p} eq 'ARRAY') { push @{ $h->{$p} }, $v; }
        elsif (ref $h->{$p} eq 'HASH' && defined $key) { $h->{$p}{$key} = $v; }
        elsif (ref $h->{$p} eq 'SCALAR') { ${ $h->{$p} } = $incr ? (${ $h->{$p} } || 0) + 1 : $v; }
        elsif ($o->{dest} eq '@') { push @{ $h->{$p} }, $v; }
        elsif ($o->{dest} eq '%') { $h->{$p}{$key} = $v; }
        elsif ($incr) { $h->{$p} = ($h->{$p} || 0) + 1; }
        else { $h->{$p} = $v; }
        return 1;
    }
    if (ref $link eq 'CODE') {
        _call($link, Getopt::Long::CallBack->new($p), defined $key ? ($key, $v) : $v);
    } elsif (ref $link eq 'ARRAY') {
        push @$link, $v;
    } elsif (ref $link eq 'HASH') {
        $link->{$key} = $v;
    } elsif (ref $link eq 'REF' && ref $$link eq 'ARRAY') {
        push @$$link, $v;
    } elsif (ref $link eq 'REF' && ref $$link eq 'HASH') {
        $$link->{$key} = $v;
    } elsif ($o->{dest} eq '@') {
        $$link = [] unless ref $$link eq 'ARRAY';
        push @$$link, $v;
    } elsif ($o->{dest} eq '%') {
        $$link = {} unless ref $$link eq 'HASH';
        $$link->{$key} = $v;
    } elsif ($incr) {
        $$link = (defined $$link ? $$link : 0) + 1;
    } else {
        $$link = $v;
    }
    return 1;
}

sub _call {
    my ($code, @args) = @_;
    my $ok = eval { $code->(@args); 1 };
    return 1 if $ok;
    my $e = $@;
    die bless({}, 'Getopt::Long::Finish') if !ref $e && $e =~ /^!FINISH\b/;
    die "Getopt::Long::Warn:$e" unless ref $e;
    die $e;
}

sub HelpMessage {
    require Pod::Usage;
    Pod::Usage::pod2usage(-verbose => 0, -exitval => 0, @_);
}

sub VersionMessage {
    my $v = defined $main::VERSION ? $main::VERSION : 'unknown';
    print "$0 version $v\n";
    exit 0;
}

package Getopt::Long::CallBack;
use overload '""' => sub { $_[0]->{name} }, fallback => 1;
sub new  { my ($c, $n) = @_; return bless { name => $n }, $c; }
sub name { return $_[0]->{name} }

package Getopt::Long::Parser;
sub new {
    my ($class, %a) = @_;
    return bless { config => $a{config} || [] }, $class;
}
sub configure { my $s = shift; push @{ $s->{config} }, @_; return; }
sub getoptions {
    my $s = shift;
    my $save = Getopt::Long::Configure();
    Getopt::Long::Configure(@{ $s->{config} });
    my $r = Getopt::Long::GetOptionsFromArray(\@ARGV, @_);
    Getopt::Long::Configure($save);
    return $r;
}

1;
