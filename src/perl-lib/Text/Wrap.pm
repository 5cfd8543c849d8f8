package Text::Wrap;
# Paragraph filling: wrap($initial_tab, $subsequent_tab, @text) breaks text
# into lines shorter than $columns; fill() reformats paragraphs.
use strict;
use warnings;
use Exporter ();

our $VERSION = '2021.0814';
our @ISA = ('Exporter');
our @EXPORT = qw(wrap fill);
our @EXPORT_OK = qw($columns $break $huge);
our $columns = 76;
our $break = '(?=\s)(?:\r\n|\PM\pM*)';
our $huge = 'wrap';
our $unexpand = 1;
our $tabstop = 8;
our $separator = "\n";
our $separator2 = undef;

sub _expand {
    my @l = @_;
    for (@l) {
        1 while s/^([^\t\n]*)(\t+)/$1 . ' ' x (length($2) * $tabstop - length($1) % $tabstop)/me;
    }
    return @l;
}

sub _unexpand {
    my $s = shift;
    return $s unless $unexpand;
    my @lines = split /\n/, $s, -1;
    for (@lines) {
        ($_) = _expand($_);
        my @chunks = split /((?:\PM\pM*){$tabstop})/, $_, -1;
        my $last = pop @chunks;
        $last = '' unless defined $last;
        $last = "\t" if $last eq ' ' x $tabstop;
        s/  +$/\t/ for @chunks;
        $_ = join '', @chunks, $last;
    }
    return join "\n", @lines;
}

sub wrap {
    my ($ip, $xp, @t) = map { defined $_ ? $_ : '' } @_;
    local ($@);
    my $r = '';
    my $tail = pop @t;
    $tail = '' unless defined $tail;
    my $t = join '', (map { /\s+\z/ ? $_ : "$_ " } @t), $tail;
    ($t) = _expand($t);
    my $lead = $ip;
    my $nll = $columns - length((_expand($xp))[0]) - 1;
    my $ll = $columns - length((_expand($ip))[0]) - 1;
    $nll = 1 if $nll < 1;
    $ll = 1 if $ll < 1;
    my $nl = '';
    my $remainder = '';

    while ($t !~ /\G(?:$break)*\Z/gc) {
        if ($t =~ /\G((?:(?=[^\n])\X){0,$ll})($break|\n+|\z)/xmgc) {
            $r .= $unexpand ? _unexpand($nl . $lead . $1) : $nl . $lead . $1;
            $remainder = $2;
        } elsif ($huge eq 'wrap' && $t =~ /\G((?:(?=[^\n])\X){$ll})/gc) {
            $r .= $unexpand ? _unexpand($nl . $lead . $1) : $nl . $lead . $1;
            $remainder = defined $separator2 ? $separator2 : $separator;
        } elsif ($huge eq 'overflow' && $t =~ /\G((?:(?=[^\n])\X)*?)($break|\n+|\z)/xmgc) {
            $r .= $unexpand ? _unexpand($nl . $lead . $1) : $nl . $lead . $1;
            $remainder = $2;
        } elsif ($huge eq 'die') {
            die "couldn't wrap '$t'";
        } elsif ($columns < 2) {
            warn "Increasing \$Text::Wrap::columns from $columns to 2";
            $columns = 2;
            return wrap($ip, $xp, @_[2 .. $#_]);
        } else {
            die "This shouldn't happen";
        }
        $lead = $xp;
        $ll = $nll;
        $nl = defined $separator2
            ? ($remainder eq "\n" ? "\n" : $separator2)
            : $separator;
    }
    $r .= $remainder;
    $r .= $lead . substr($t, pos($t), length($t) - pos($t)) if pos($t) ne length($t);
    return $r;
}

sub fill {
    my ($ip, $xp, @raw) = @_;
    my @para;
    for my $pp (split /\n\s+/, join("\n", @raw)) {
        $pp =~ s/\s+/ /g;
        my $x = wrap($ip, $xp, $pp);
        push @para, $x;
    }
    my $ps = ($ip eq $xp) ? "\n\n" : "\n";
    return join $ps, @para;
}

1;
