package Data::Dumper;
# Data::Dumper: perl data structures as perl source, laid out as the XS
# Data::Dumper 2.183 lays them out (Indent 0/1/2/3, Terse, Sortkeys, Useqq, Pad, Deepcopy, Purity,
# Quotekeys, Pair, Trailingcomma, Maxdepth, Varname; repeated references
# become the path of their first appearance).
use strict;
use warnings;
use Exporter ();
use Scalar::Util ();

our $VERSION = '2.183';
our @ISA = ('Exporter');
our @EXPORT = qw(Dumper);
our @EXPORT_OK = qw(DumperX);

our $Indent = 2;
our $Trailingcomma = 0;
our $Purity = 0;
our $Pad = '';
our $Varname = 'VAR';
our $Useqq = 0;
our $Terse = 0;
our $Freezer = '';
our $Toaster = '';
our $Deepcopy = 0;
our $Quotekeys = 1;
our $Bless = 'bless';
our $Pair = ' => ';
our $Maxdepth = 0;
our $Maxrecurse = 1000;
our $Useperl = 0;
our $Sortkeys = 0;
our $Deparse = 0;
our $Sparseseen = 0;

sub new {
    my ($class, $vals, $names) = @_;
    Carp::croak('Usage:  PACKAGE->new(ARRAYREF, [ARRAYREF])') unless ref $vals eq 'ARRAY';
    return bless {
        todump => [@$vals], names => [ $names ? @$names : () ],
        indent => $Indent, trailingcomma => $Trailingcomma, pad => $Pad, varname => $Varname,
        useqq => $Useqq, terse => $Terse, quotekeys => $Quotekeys, bless => $Bless, pair => $Pair,
        maxdepth => $Maxdepth, sortkeys => $Sortkeys, purity => $Purity, deepcopy => $Deepcopy,
        freezer => $Freezer, toaster => $Toaster, seen => {},
    }, $class;
}

for my $opt (qw(Indent Trailingcomma Pad Varname Useqq Terse Quotekeys Bless Pair Maxdepth Sortkeys
                Purity Deepcopy Freezer Toaster Useperl Deparse Sparseseen Maxrecurse)) {
    no strict 'refs';
    my $key = lc $opt;
    *{"Data::Dumper::$opt"} = sub {
        my $s = shift;
        return $s->{$key} unless @_;
        $s->{$key} = shift;
        return $s;
    };
}

sub Values { my $s = shift; return @{ $s->{todump} } unless @_; $s->{todump} = [ @{ $_[0] } ]; return $s }
sub Names { my $s = shift; return @{ $s->{names} } unless @_; $s->{names} = [ @{ $_[0] } ]; return $s }
sub Reset { my $s = shift; $s->{seen} = {}; return $s }
sub Seen { return $_[0] }

sub Dumper { return Data::Dumper->Dump([@_]) }
sub DumperX { return Data::Dumper->Dump([@_]) }

sub Dump {
    my $s = shift;
    $s = $s->new(@_) unless ref $s;
    my $out = '';
    my $i = 0;
    for my $val (@{ $s->{todump} }) {
        $i++;
        my $name = $s->{names}[$i - 1];
        $name = defined $name && length $name ? $name : "$s->{varname}$i";
        $name = _refine_name($name, $val);
        $s->{level} = 0;
        $s->{apad} = ($s->{indent} >= 2 && !$s->{terse}) ? ' ' x (length($name) + 3) : '';
        $s->{post} = [];
        my $str = $s->_dump($val, $name);
        my @post = @{ $s->{post} };
        $str = "$name = $str;" if @post || !$s->{terse};
        my $sep = $s->{indent} > 0 ? "\n" : '';
        $out .= $s->{pad} . $str . $sep;
        $out .= $s->{pad} . join(";$sep$s->{pad}", @post) . ";$sep" if @post;
    }
    return $out;
}

# Whether a scalar holds an integer (perl's IOK): those print bare.
my $is_int = defined &Scalar::Util::_integer ? \&Scalar::Util::_integer
    : do { require B; sub { B::svref_2object(\$_[0])->FLAGS & B::SVf_IOK() } };

sub _quote {
    my $v = shift;
    $v =~ s/([\\\'])/\\$1/g;
    return "'$v'";
}

my %ESC = ("\a" => '\a', "\b" => '\b', "\t" => '\t', "\n" => '\n', "\f" => '\f', "\r" => '\r', "\e" => '\e');

sub _qquote {
    my $v = shift;
    $v =~ s/([\\\"\@\$])/\\$1/g;
    $v =~ s/([\a\b\t\n\f\r\e])/$ESC{$1}/g;
    $v =~ s/([\0-\037])(?!\d)/sprintf('\\%o', ord $1)/eg;
    $v =~ s/([\0-\037\177])/sprintf('\\%03o', ord $1)/eg;
    if ($v =~ /[^\0-\377]/) { $v =~ s/([^\0-\177])/sprintf('\\x{%x}', ord $1)/eg }
    else { $v =~ s/([\200-\377])/sprintf('\\%03o', ord $1)/eg }
    return qq("$v");
}

# A plain scalar: with Useqq by the pure-perl rule (a short decimal integer
# prints bare), otherwise by the XS rule (a number held as an integer does).
sub _scalar {
    my ($s, $val) = @_;
    return 'undef' unless defined $val;
    if ($s->{useqq}) {
        return $val if $val =~ /^(?:0|-?[1-9]\d{0,8})\z/;
        return _qquote($val);
    }
    return $val if $is_int->($val) && length($val) <= 10 && $val =~ /\A-?[0-9]+\z/;
    return _qquote($val) if $val =~ /[^\0-\377]/;
    return _quote($val);
}

# qr/PATTERN/FLAGS for a compiled pattern, its slashes escaped.
sub _qr {
    my $val = shift;
    my ($flags, $pat) = "$val" =~ /\A\(\?\^(\w*):(.*)\)\z/s ? ($1, $2) : ('', "$val");
    $pat =~ s{(\\.)|/}{defined $1 ? $1 : '\\/'}gse;
    return "qr/$pat/$flags";
}

# A name given as *foo names @foo or %foo when the value is an array or hash reference.
sub _refine_name {
    my ($name, $val) = @_;
    if ($name =~ /^[*](.*)$/) {
        my $r = ref $val;
        return ($r eq 'ARRAY' ? '@' : $r eq 'HASH' ? '%' : $r eq 'CODE' ? '*' : '$') . $1;
    }
    return $name =~ /^\$/ ? $name : '$' . $name;
}

sub _member_name {
    my $name = shift;
    return '$' . $1 if $name =~ /^[\@\%](.*)$/;
    return $name =~ /^\\?[\%\@\*\$][^{].*[]}]$/ ? $name : $name . '->';
}

sub _dump {
    my ($s, $val, $name) = @_;
    return $s->_scalar($val) unless ref $val;
    my $id = Scalar::Util::refaddr($val);
    if (exists $s->{seen}{$id}) {
        return $s->{seen}{$id} unless $s->{purity} && $s->{level} > 0;
        # Purity: an empty stand-in now, the link as a statement after the value
        push @{ $s->{post} }, "$name = $s->{seen}{$id}";
        my $t = Scalar::Util::reftype($val);
        return $t eq 'HASH' ? '{}' : $t eq 'ARRAY' ? '[]' : $t eq 'CODE' ? 'sub { "DUMMY" }' : 'do{my $o}';
    }
    $s->{seen}{$id} = $name =~ /^[\@\%]/ ? '\\' . $name : $name;
    my $pack = Scalar::Util::blessed($val);
    my $type = Scalar::Util::reftype($val);
    $type = 'Regexp' if defined $pack && $pack eq 'Regexp' || $type eq 'REGEXP';
    if ($s->{maxdepth} && $s->{level} >= $s->{maxdepth}) { return _quote("$val") }
    my $blesspad = $s->{apad};
    $s->{apad} .= '       ' if defined $pack && $s->{indent} >= 2;
    $s->{level}++;
    my $xpad = $s->{indent} > 0 ? '  ' : '';
    my $ipad = $xpad x $s->{level};
    my $sep = $s->{indent} > 0 ? "\n" : '';
    my $pad = $sep . $s->{pad} . $s->{apad};
    my $out;
    if ($type eq 'ARRAY') {
        my $mname = _member_name($name);
        $out = $name =~ /^\@/ ? '(' : '[';
        my $i = 0;
        for my $v (@$val) {
            $out .= $pad . $ipad . '#' . $i if $s->{indent} >= 3;
            $out .= $pad . $ipad . $s->_dump($v, $mname . "[$i]");
            $out .= ',' if $i++ < $#$val || ($s->{trailingcomma} && $s->{indent} >= 1);
        }
        $out .= $pad . ($xpad x ($s->{level} - 1)) if $i;
        $out .= $name =~ /^\@/ ? ')' : ']';
    } elsif ($type eq 'HASH') {
        my $mname = _member_name($name);
        $out = $name =~ /^\%/ ? '(' : '{';
        my $lpad = $s->{apad};
        my @keys = keys %$val;
        if (ref $s->{sortkeys} eq 'CODE') { @keys = @{ $s->{sortkeys}->($val) } }
        elsif ($s->{sortkeys}) { @keys = sort @keys }
        my $n = 0;
        for my $k (@keys) {
            my $nk = $s->_scalar($k);
            if ($s->{quotekeys} && $nk =~ /^(?:0|-?[1-9][0-9]{0,8})\z/) { $nk = $s->{useqq} ? qq("$nk") : qq('$nk') }
            elsif (!$s->{quotekeys} && $k =~ /^(?:[A-Za-z_]\w*|0|-?[1-9][0-9]{0,8})\z/) { $nk = $k }
            my $sname = $mname . '{' . $nk . '}';
            $out .= $pad . $ipad . $nk . $s->{pair};
            # the XS module indents by the key's width plus 4, whatever Pair is
            $s->{apad} .= ' ' x (length($nk) + 4) if $s->{indent} >= 2;
            $out .= $s->_dump($val->{$k}, $sname) . ',';
            $s->{apad} = $lpad if $s->{indent} >= 2;
            $n++;
        }
        if ($n) {
            chop $out if !$s->{trailingcomma} || !$s->{indent};
            $out .= $pad . ($xpad x ($s->{level} - 1));
        }
        $out .= $name =~ /^\%/ ? ')' : '}';
    } elsif ($type eq 'CODE') {
        $out = 'sub { "DUMMY" }';
    } elsif ($type eq 'SCALAR' || $type eq 'REF' || $type eq 'VSTRING') {
        $out = defined $pack ? 'do{\\(my $o = ' . $s->_dump($$val, "\${$name}") . ')}' : '\\' . $s->_dump($$val, "\${$name}");
    } elsif ($type eq 'GLOB') {
        $out = '\\' . "$$val";
    } elsif ($type eq 'Regexp') {
        $out = _qr($val);
    } else {
        $out = _quote("$val");
    }
    $s->{level}--;
    if (defined $pack && $type ne 'Regexp') {
        $out = "$s->{bless}( $out, " . _quote($pack) . ' )';
        $s->{apad} = $blesspad;
    }
    # Deepcopy: only a reference to an enclosing structure (a cycle) is written as a path
    delete $s->{seen}{$id} if $s->{deepcopy};
    return $out;
}

1;
