package Term::ANSIColor;
# ANSI SGR escape sequences by name: color('bold red'), colored($text, ...),
# colorstrip, colorvalid, uncolor, and constants such as RED and RESET.
use strict;
use warnings;
use Exporter ();
use Carp ();

our $VERSION = '5.01';
our @ISA = ('Exporter');
our ($AUTORESET, $AUTOLOCAL, $EACHLINE);

my %ATTR = (
    clear => 0, reset => 0, bold => 1, dark => 2, faint => 2, italic => 3,
    underline => 4, underscore => 4, blink => 5, reverse => 7, concealed => 8,
    black => 30, red => 31, green => 32, yellow => 33, blue => 34, magenta => 35, cyan => 36, white => 37,
    on_black => 40, on_red => 41, on_green => 42, on_yellow => 43, on_blue => 44,
    on_magenta => 45, on_cyan => 46, on_white => 47,
    bright_black => 90, bright_red => 91, bright_green => 92, bright_yellow => 93,
    bright_blue => 94, bright_magenta => 95, bright_cyan => 96, bright_white => 97,
    on_bright_black => 100, on_bright_red => 101, on_bright_green => 102, on_bright_yellow => 103,
    on_bright_blue => 104, on_bright_magenta => 105, on_bright_cyan => 106, on_bright_white => 107,
);
for my $n (0 .. 255) { $ATTR{"ansi$n"} = "38;5;$n"; $ATTR{"on_ansi$n"} = "48;5;$n"; }
for my $r (0 .. 5) { for my $g (0 .. 5) { for my $b (0 .. 5) {
    my $i = 16 + 36 * $r + 6 * $g + $b;
    $ATTR{"rgb$r$g$b"} = "38;5;$i"; $ATTR{"on_rgb$r$g$b"} = "48;5;$i";
} } }
for my $n (0 .. 23) { my $i = 232 + $n; $ATTR{"grey$n"} = "38;5;$i"; $ATTR{"on_grey$n"} = "48;5;$i"; }
# Reverse lookup: the alphabetically first name, and for 256-colour codes
# 16-255 the rgb/grey names rather than ansiN.
my %ATTR_REV;
for my $k (sort keys %ATTR) {
    next if $k =~ /^(?:on_)?ansi(\d+)$/ && $1 >= 16;
    $ATTR_REV{ $ATTR{$k} } ||= $k;
}

my @CONSTANTS = map { uc } grep { !/^(?:on_)?(?:ansi|rgb|grey)\d/ } sort keys %ATTR;
my @CONSTANTS256 = map { uc } grep { /^(?:on_)?(?:ansi|rgb|grey)\d/ } sort keys %ATTR;
our @EXPORT = qw(color colored);
our @EXPORT_OK = qw(uncolor colorstrip colorvalid coloralias);
our %EXPORT_TAGS = (
    constants => [qw(
        CLEAR RESET BOLD DARK FAINT ITALIC UNDERLINE UNDERSCORE BLINK REVERSE CONCEALED BLACK RED
        GREEN YELLOW BLUE MAGENTA CYAN WHITE ON_BLACK ON_RED ON_GREEN ON_YELLOW ON_BLUE ON_MAGENTA
        ON_CYAN ON_WHITE BRIGHT_BLACK BRIGHT_RED BRIGHT_GREEN BRIGHT_YELLOW BRIGHT_BLUE
        BRIGHT_MAGENTA BRIGHT_CYAN BRIGHT_WHITE ON_BRIGHT_BLACK ON_BRIGHT_RED ON_BRIGHT_GREEN
        ON_BRIGHT_YELLOW ON_BRIGHT_BLUE ON_BRIGHT_MAGENTA ON_BRIGHT_CYAN ON_BRIGHT_WHITE
    )],
    constants256 => [@CONSTANTS256],
    pushpop => [qw(PUSHCOLOR POPCOLOR LOCALCOLOR)],
);
push @EXPORT_OK, @CONSTANTS, @CONSTANTS256, qw(PUSHCOLOR POPCOLOR LOCALCOLOR);

# The attribute constants take a list (BOLD GREEN 'text'): declared as subs,
# defined in the loop below.
sub CLEAR; sub RESET; sub BOLD; sub DARK; sub FAINT; sub ITALIC; sub UNDERLINE; sub UNDERSCORE;
sub BLINK; sub REVERSE; sub CONCEALED; sub BLACK; sub RED; sub GREEN; sub YELLOW; sub BLUE;
sub MAGENTA; sub CYAN; sub WHITE; sub ON_BLACK; sub ON_RED; sub ON_GREEN; sub ON_YELLOW;
sub ON_BLUE; sub ON_MAGENTA; sub ON_CYAN; sub ON_WHITE; sub BRIGHT_BLACK; sub BRIGHT_RED;
sub BRIGHT_GREEN; sub BRIGHT_YELLOW; sub BRIGHT_BLUE; sub BRIGHT_MAGENTA; sub BRIGHT_CYAN;
sub BRIGHT_WHITE; sub ON_BRIGHT_BLACK; sub ON_BRIGHT_RED; sub ON_BRIGHT_GREEN; sub ON_BRIGHT_YELLOW;
sub ON_BRIGHT_BLUE; sub ON_BRIGHT_MAGENTA; sub ON_BRIGHT_CYAN; sub ON_BRIGHT_WHITE;

my @STACK;
for my $const (@CONSTANTS, @CONSTANTS256) {
    my $code = $ATTR{ lc $const };
    no strict 'refs';
    *{__PACKAGE__ . "::$const"} = sub {
        if ($AUTORESET && @_) { return "\e[${code}m" . join('', @_) . "\e[0m"; }
        if ($AUTOLOCAL && @_) { return PUSHCOLOR("\e[${code}m") . join('', @_) . POPCOLOR(); }
        return "\e[${code}m" . join('', @_);
    };
}

sub PUSHCOLOR {
    my $text = join '', @_;
    my ($color) = $text =~ /^((?:\e\[[\d;]+m)+)/;
    push @STACK, (@STACK ? $STACK[-1] : '') . (defined $color ? $color : '');
    return $text;
}
sub POPCOLOR { pop @STACK; return (@STACK ? $STACK[-1] : "\e[0m") . join('', @_); }
sub LOCALCOLOR { return PUSHCOLOR(join '', @_) . POPCOLOR(); }

# The SGR code of one attribute name (24-bit rNgNbN included), or undef.
sub _code {
    my $k = lc shift;
    return $ATTR{$k} if exists $ATTR{$k};
    if ($k =~ /\A(on_)?r(\d+)g(\d+)b(\d+)\z/ && $2 <= 255 && $3 <= 255 && $4 <= 255) {
        return ($1 ? '48' : '38') . ';2;' . ($2 + 0) . ';' . ($3 + 0) . ';' . ($4 + 0);
    }
    return undef;
}

sub _codes {
    my @codes;
    for my $a (map { split ' ' } @_) {
        my $c = _code($a);
        Carp::croak('Invalid attribute name ' . lc $a) unless defined $c;
        push @codes, $c;
    }
    return @codes;
}

sub _disabled { return $ENV{ANSI_COLORS_DISABLED} || defined $ENV{NO_COLOR} }

sub color {
    return '' if _disabled();
    my @codes = _codes(@_);
    return undef unless @codes;
    return "\e[" . join(';', @codes) . 'm';
}

sub colored {
    my ($first, @rest) = @_;
    my ($string, @attrs);
    if (ref $first eq 'ARRAY') {
        @attrs = @$first;
        $string = join '', @rest;
    } else {
        $string = $first;
        @attrs = @rest;
    }
    my $attr = color(@attrs);
    return $string if _disabled();
    if (defined $EACHLINE) {
        return join '', map { ($_ ne $EACHLINE && length) ? $attr . $_ . "\e[0m" : $_ }
            grep { length } split /(\Q$EACHLINE\E)/, $string;
    }
    return $attr . $string . "\e[0m";
}

sub uncolor {
    my @names;
    my @nums;
    for my $seq (@_) {
        (my $s = $seq) =~ s/\A\e\[//;
        $s =~ s/m\z//;
        Carp::croak("Bad escape sequence $s") unless $s =~ /\A(?:\d+;)*\d*\z/;
        push @nums, $s =~ /(0*[34]8;0*2;\d+;\d+;\d+|0*[34]8;0*5;\d+|\d+)(?:;|\z)/g;
    }
    for my $n (@nums) {
        if ($n =~ /\A0*([34])8;0*2;(\d+);(\d+);(\d+)\z/) {
            Carp::croak("No name for escape sequence $n") if $2 > 255 || $3 > 255 || $4 > 255;
            push @names, ($1 == 4 ? 'on_' : '') . 'r' . ($2 + 0) . 'g' . ($3 + 0) . 'b' . ($4 + 0);
            next;
        }
        (my $k = $n) =~ s/(\A|;)0+(\d)/$1$2/g;
        Carp::croak("No name for escape sequence $k") unless exists $ATTR_REV{$k};
        push @names, $ATTR_REV{$k};
    }
    return @names;
}

sub colorstrip {
    my @s = @_;
    for (@s) { s/\e\[[\d;]*m//g; }
    return wantarray ? @s : join('', @s);
}

sub colorvalid {
    for my $a (map { split ' ' } @_) { return 0 unless defined _code($a); }
    return 1;
}

sub coloralias {
    my ($alias, $color) = @_;
    return exists $ATTR_REV{ $ATTR{$alias} } ? $ATTR_REV{ $ATTR{$alias} } : undef unless defined $color;
    $ATTR{$alias} = $ATTR{$color};
    return $color;
}

1;
