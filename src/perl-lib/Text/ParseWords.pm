package Text::ParseWords;
# Split lines into words honouring quotes and backslashes, as a shell does.
use strict;
use warnings;
use Exporter ();

our $VERSION = '3.31';
our @ISA = ('Exporter');
our @EXPORT = qw(shellwords quotewords nested_quotewords parse_line);
our @EXPORT_OK = qw(old_shellwords);
our $PERL_SINGLE_QUOTE;

sub shellwords {
    my @lines = @_ ? @_ : ($_);
    my @all;
    for my $line (@lines) {
        (my $l = $line) =~ s/^\s+//;
        my @w = parse_line('\s+', 0, $l);
        pop @w if @w && !defined $w[-1];
        return () unless @w || !length $l;
        push @all, @w;
    }
    return @all;
}

sub quotewords {
    my ($delim, $keep, @lines) = @_;
    my @all;
    for my $line (@lines) {
        my @w = parse_line($delim, $keep, $line);
        return () unless @w || !length $line;
        push @all, @w;
    }
    return @all;
}

sub nested_quotewords {
    my ($delim, $keep, @lines) = @_;
    my @all;
    for my $i (0 .. $#lines) {
        @{ $all[$i] } = parse_line($delim, $keep, $lines[$i]);
        return () unless @{ $all[$i] } || !length $lines[$i];
    }
    return @all;
}

# parse_line($delim_regex, $keep, $line): the fields of $line; quotes and
# backslashes are removed unless $keep. Unbalanced quotes give ().
sub parse_line {
    my ($delim, $keep, $line) = @_;
    my @pieces;
    my $word = '';
    my $has = 0;
    no warnings 'uninitialized';
    while (length $line) {
        if ($line =~ s/^"((?:\\.|[^\\"])*)"//s) {
            my $q = $1;
            if ($keep) { $word .= qq("$q"); }
            else { $q =~ s/\\(.)/$1 eq '"' || $1 eq '\\' || $1 eq '$' || $1 eq '`' ? $1 : "\\$1"/ges if 0; $q =~ s/\\([\\"])/$1/g; $word .= $q; }
            $has = 1;
        } elsif ($line =~ s/^'((?:\\.|[^\\'])*)'//s) {
            my $q = $1;
            if ($keep) { $word .= "'$q'"; }
            else { $q =~ s/\\([\\'])/$1/g if $PERL_SINGLE_QUOTE; $word .= $q; }
            $has = 1;
        } elsif ($line =~ s/^\\(.)//s) {
            $word .= $keep ? "\\$1" : $1;
            $has = 1;
        } elsif ($line =~ /^["']/ || $line =~ /^\\\z/) {
            return ();
        } elsif ($line =~ s/^($delim)//s) {
            my $d = $1;
            push @pieces, $has ? $word : undef;
            push @pieces, $d if $keep eq 'delimiters';
            ($word, $has) = ('', 0);
        } elsif ($line =~ s/^((?:(?!$delim)[^"'\\])+)//s) {
            $word .= $1;
            $has = 1;
        } else {
            return ();
        }
    }
    push @pieces, $has ? $word : undef;
    return @pieces;
}

sub old_shellwords { return shellwords(@_) }

1;
