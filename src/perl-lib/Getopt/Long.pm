package Getopt::Long;
# Long and short command line options: GetOptions('name|n=s' => \$var, ...).
# Supports the =s =i =f :s :i + ! @ % specifiers, abbreviations, bundling,
# case (in)sensitivity, permute/require_order and pass_through, with the
# warnings of the classic module on STDERR.
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
        permute => $ENV{POSIXLY_CORRECT} ? 0 : 1, getopt_compat => 1,
        gnu_compat => 0, prefix_pattern => undef, bundling_values => 0,
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
        if ($o eq 'default' || $o eq 'posix_default') { _defaults(); }
        elsif ($o eq 'gnu_getopt') {
            @Config{qw(gnu_compat bundling permute getopt_compat)} = (1, 1, 1, 0) if $val;
        } elsif ($o eq 'gnu_compat') { $Config{gnu_compat} = $val; }
        elsif ($o eq 'bundling' || $o eq 'bundling_override') { $Config{bundling} = $val; }
        elsif ($o eq 'bundling_values') { $Config{bundling_values} = $val; $Config{bundling} = $val if $val; }
        elsif ($o eq 'ignore_case' || $o eq 'ignorecase' || $o eq 'ignore_case_always') { $Config{ignore_case} = $val; }
        elsif ($o eq 'pass_through' || $o eq 'passthrough') { $Config{pass_through} = $val; }
        elsif ($o eq 'auto_abbrev' || $o eq 'autoabbrev') { $Config{auto_abbrev} = $val; }
        elsif ($o eq 'permute') { $Config{permute} = $val; }
        elsif ($o eq 'require_order') { $Config{permute} = !$val; }
        elsif ($o eq 'getopt_compat') { $Config{getopt_compat} = $val; }
        elsif ($o =~ /^(?:debug|auto_version|auto_help|auto_abbrev|gnu_compat)$/) { }
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
    elsif ($type =~ /^([=:])([sif])([@%])?(?:\{\d*,?\d*\})?$/) {
        $o{type} = $2; $o{optional} = $1 eq ':'; $o{dest} = $3 || '';
    } elsif ($type =~ /^:(-?\d+)([@%])?$/) {
        $o{type} = 'i'; $o{optional} = 1; $o{default} = $1; $o{dest} = $2 || '';
    } elsif ($type =~ /^:\+([@%])?$/) {
        $o{type} = 'i'; $o{optional} = 1; $o{incr_default} = 1; $o{dest} = $1 || '';
    } elsif ($type ne '') { die "Error in option spec: \"$spec\"\n"; }
    return \%o;
}

sub GetOptionsFromArray {
    my ($argv, @spec) = @_;
    my $hash = ref $spec[0] eq 'HASH' ? shift @spec : undef;
    my $caller = caller;
    $caller = caller(1) if $caller eq __PACKAGE__;
    my (%opt, @opts, $nonopt);
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
        push @opts, $o;
        for my $n (@{ $o->{names} }) {
            my $k = _key($n, $o);
            $opt{$k} = $o;
            if ($o->{neg}) { $opt{ _key("no$n", $o) } = [ $o ]; $opt{ _key("no-$n", $o) } = [ $o ]; }
        }
    }
    my $errors = 0;
    my @keep;
    while (@$argv) {
        my $arg = shift @$argv;
        if ($arg eq '--') { push @keep, @$argv; @$argv = (); last; }
        if ($arg =~ /^--?./ && $arg ne '-') {
            my $r = eval { _one_arg($arg, $argv, \%opt, \@keep) };
            if (!defined $r) {
                my $e = $@;
                if (ref $e eq 'Getopt::Long::Finish' ) { last; }
                die $e if $e !~ /^Getopt::Long::Warn:/;
                $e =~ s/^Getopt::Long::Warn://;
                warn $e;
                $errors++;
            }
            next;
        }
        if ($nonopt) {
            _call($nonopt, $arg);
        } elsif ($Config{permute}) {
            push @keep, $arg;
        } else {
            push @keep, $arg, @$argv;
            @$argv = ();
            last;
        }
    }
    @$argv = (@keep, @$argv);
    return $errors ? '' : 1;
}

sub _key {
    my ($n, $o) = @_;
    return ($Config{ignore_case} && !($Config{bundling} && length $n == 1)) ? lc $n : $n;
}

sub _fail { die "Getopt::Long::Warn:$_[0]" }

# Handle one option word; may take its value from @$argv.
sub _one_arg {
    my ($arg, $argv, $opt, $keep) = @_;
    my ($dashes, $body) = $arg =~ /^(--?)(.*)$/s;
    if ($Config{bundling} && $dashes eq '-') {
        return _bundle($arg, $body, $argv, $opt, $keep);
    }
    my ($name, $value) = split /=/, $body, 2;
    my ($o, $neg, $found) = _lookup($name, $opt);
    if (!$o) {
        if ($Config{pass_through}) { push @$keep, $arg; return 1; }
        _fail("Option $found is ambiguous (" . join(', ', @{ $neg }) . ")\n") if ref $neg;
        _fail("Unknown option: " . lc_if($name) . "\n");
    }
    return _apply($o, $neg, $found, $value, defined $value, $argv);
}

sub lc_if { return $Config{ignore_case} ? lc $_[0] : $_[0] }

sub _lookup {
    my ($name, $opt, $exact) = @_;
    my $k = $Config{ignore_case} ? lc $name : $name;
    my $hit = exists $opt->{$k} ? $opt->{$k} : exists $opt->{$name} ? $opt->{$name} : undef;
    if (!$hit && $Config{auto_abbrev} && !$exact) {
        my @cand = grep { index($_, $k) == 0 } sort keys %$opt;
        my %prim = map { my $o = ref $opt->{$_} eq 'ARRAY' ? $opt->{$_}[0] : $opt->{$_}; ($o->{primary} => $_) } @cand;
        if (keys %prim == 1) { $hit = $opt->{ $cand[0] }; }
        elsif (@cand > 1) { return (undef, [ sort @cand ], $name); }
    }
    return (undef, undef, $name) unless $hit;
    return ref $hit eq 'ARRAY' ? ($hit->[0], 1, $hit->[0]{primary}) : ($hit, 0, $hit->{primary});
}

sub _bundle {
    my ($arg, $body, $argv, $opt, $keep) = @_;
    while (length $body) {
        my $c = substr($body, 0, 1, '');
        my $o = $opt->{$c};
        $o = $opt->{ lc $c } if !$o && $Config{ignore_case};
        $o = undef if ref $o eq 'ARRAY';
        if (!$o) {
            if ($Config{pass_through}) { push @$keep, $arg; return 1; }
            _fail("Unknown option: $c\n");
        }
        if ($o->{type} ne 'bool' && $o->{type} ne 'incr') {
            my $has = length $body;
            return _apply($o, 0, $o->{primary}, $has ? $body : undef, $has, $argv);
        }
        _apply($o, 0, $o->{primary}, undef, 0, $argv);
    }
    return 1;
}

sub _numeric_ok {
    my ($type, $v) = @_;
    return $v =~ /^[-+]?\d+$/ if $type eq 'i';
    return $v =~ /^[-+]?(?=\.?\d)\d*\.?\d*(?:[eE][-+]?\d+)?$/ if $type eq 'f';
    return 1;
}

sub _apply {
    my ($o, $neg, $name, $value, $given, $argv) = @_;
    my $type = $o->{type};
    if ($type eq 'bool' || $type eq 'incr') {
        _fail("Option $name does not take an argument\n") if $given;
        return _store($o, $name, $neg ? 0 : 1, $type eq 'incr');
    }
    if (!$given) {
        my $next = @$argv ? $argv->[0] : undef;
        my $looks_opt = defined $next && $next =~ /^-./ && !($type ne 's' && $next =~ /^-\d/);
        if (defined $next && !$looks_opt && ($type eq 's' || !$o->{optional} || _numeric_ok($type, $next))) {
            $value = shift @$argv;
        } elsif (defined $next && $next eq '--' && 0) {
        } elsif ($o->{optional}) {
            return _store($o, $name, $o->{incr_default} ? undef : defined $o->{default} ? $o->{default} : $type eq 's' ? '' : 0, $o->{incr_default});
        } elsif (defined $next && $type eq 's' && !$o->{optional}) {
            $value = shift @$argv;
        } else {
            _fail("Option $name requires an argument\n");
        }
    }
    if ($type eq 'i' && !_numeric_ok('i', $value)) {
        _fail("Value \"$value\" invalid for option $name (number expected)\n");
    }
    if ($type eq 'f' && !_numeric_ok('f', $value)) {
        _fail("Value \"$value\" invalid for option $name (real number expected)\n");
    }
    return _store($o, $name, $value, 0);
}

sub _store {
    my ($o, $name, $value, $incr) = @_;
    my $link = $o->{link};
    my ($key, $v) = (undef, $value);
    if ($o->{dest} eq '%' || (ref $link eq 'HASH' && $o->{type} ne 'bool')) {
        ($key, $v) = $value =~ /^([^=]*)=(.*)$/s ? ($1, $2) : ($value, $o->{type} eq 's' ? '' : 1);
    }
    if ($o->{hash}) {
        my $h = $o->{hash};
        my $p = $o->{primary};
        if (ref $h->{$p} eq 'CODE') { _call($h->{$p}, Getopt::Long::CallBack->new($p), defined $key ? ($key, $v) : $v); }
        elsif (ref $h->{$p} eq 'ARRAY') { push @{ $h->{$p} }, $v; }
        elsif (ref $h->{$p} eq 'SCALAR') { ${ $h->{$p} } = $incr ? (${ $h->{$p} } || 0) + 1 : $v; }
        elsif ($o->{dest} eq '@') { push @{ $h->{$p} }, $v; }
        elsif ($o->{dest} eq '%') { $h->{$p}{$key} = $v; }
        elsif ($incr) { $h->{$p} = ($h->{$p} || 0) + 1; }
        else { $h->{$p} = $v; }
        return 1;
    }
    if (ref $link eq 'CODE') {
        _call($link, Getopt::Long::CallBack->new($o->{primary}), defined $key ? ($key, $v) : $v);
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
