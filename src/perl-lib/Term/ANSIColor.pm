package Term::ANSIColor;
# ANSI SGR escape sequences by name: color('bold red'), colored($text, ...),
# colorstrip, colorvalid, uncolor, and constants such as RED and RESET.
use strict;
use warnings;
use Exporter ();

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
my %ATTR_REV;
for my $k (sort keys %ATTR) { $ATTR_REV{ $ATTR{$k} } ||= $k; }
$ATTR_REV{0} = 'clear'; $ATTR_REV{2} = 'dark'; $ATTR_REV{4} = 'underline';

my @CONSTANTS = map { uc } grep { !/^(?:on_)?(?:ansi|rgb|grey)\d/ && $_ ne 'faint' } sort keys %ATTR;
our @EXPORT = qw(color colored);
our @EXPORT_OK = qw(uncolor colorstrip colorvalid coloralias);
our %EXPORT_TAGS = (constants => [@CONSTANTS], pushpop => [qw(PUSHCOLOR POPCOLOR LOCALCOLOR)]);
push @EXPORT_OK, @CONSTANTS, qw(PUSHCOLOR POPCOLOR LOCALCOLOR);

my @STACK;
for my $const (@CONSTANTS) {
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

sub _codes {
    my @codes;
    for my $a (map { split ' ' } @_) {
        my $k = lc $a;
        die "Invalid attribute name $a" unless exists $ATTR{$k};
        push @codes, $ATTR{$k};
    }
    return @codes;
}

sub color {
    my @codes = _codes(@_);
    return '' unless @codes;
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
    if (defined $EACHLINE) {
        return join '', map { ($_ ne $EACHLINE && length) ? $attr . $_ . "\e[0m" : $_ }
            grep { length } split /(\Q$EACHLINE\E)/, $string;
    }
    return $attr . $string . "\e[0m";
}

sub uncolor {
    my @names;
    for my $seq (@_) {
        (my $s = $seq) =~ s/^\e\[//; $s =~ s/m$//;
        my @nums = split /;/, $s;
        while (@nums) {
            my $n = shift @nums;
            if (($n == 38 || $n == 48) && @nums >= 2 && $nums[0] == 5) {
                my $c = "$n;5;$nums[1]"; splice @nums, 0, 2;
                $n = $c;
            }
            $n =~ s/^0+(?=\d)//;
            die "No name for escape sequence $n" unless exists $ATTR_REV{$n};
            push @names, $ATTR_REV{$n};
        }
    }
    return @names;
}

sub colorstrip {
    my @s = @_;
    for (@s) { s/\e\[[\d;]*m//g; }
    return wantarray ? @s : join('', @s);
}

sub colorvalid {
    for my $a (map { split ' ' } @_) { return 0 unless exists $ATTR{ lc $a }; }
    return 1;
}

sub coloralias {
    my ($alias, $color) = @_;
    return exists $ATTR_REV{ $ATTR{$alias} } ? $ATTR_REV{ $ATTR{$alias} } : undef unless defined $color;
    $ATTR{$alias} = $ATTR{$color};
    return $color;
}

1;
