package MIME::QuotedPrint;
# MIME::QuotedPrint: the quoted-printable encoding of RFC 2045, written in
# Perl. Lines are at most 76 characters; a line break that was not in the
# input is a soft break ("=" at the end of the line).
use strict;
use warnings;
# The host perl's MIME::Base64 XS defines these too; ours are the same functions.
no warnings 'redefine';
use Exporter ();
use Carp ();

our $VERSION = '3.16';
our @ISA = ('Exporter');
our @EXPORT = qw(encode_qp decode_qp);

# The encoded tokens of one input line (no newline): =XX for bytes that
# must be escaped, and for the spaces and tabs that end the line.
sub _tokens {
    my ($line, $binmode) = @_;
    my @t = map { /[!-<>-~ \t]/ ? $_ : sprintf('=%02X', ord) } split //, $line;
    for (my $i = $#t; $i >= 0 && $t[$i] =~ /^[ \t]$/; $i--) { $t[$i] = sprintf('=%02X', ord $t[$i]) }
    return @t;
}

sub encode_qp ($;$$) {
    my ($str, $eol, $binmode) = @_;
    return undef unless defined $str;
    Carp::croak('Wide character in subroutine entry') if $str =~ /[^\x00-\xff]/;
    $eol = "\n" unless defined $eol;
    my @lines = $binmode ? ($str) : split /\n/, $str, -1;
    my $last_open = @lines ? pop @lines : '';
    my $out = '';
    for my $i (0 .. $#lines + 1) {
        my $terminated = $i <= $#lines;
        my $line = $terminated ? $lines[$i] : $last_open;
        next if !$terminated && $line eq '';
        my @t = _tokens($line, $binmode);
        my $len = 0; $len += length for @t;
        while ($len > ($terminated ? 76 : 75)) {
            my $chunk = '';
            while (@t && length($chunk) + length($t[0]) <= 75) { $chunk .= shift @t }
            $out .= "$chunk=$eol";
            $len -= length $chunk;
        }
        $out .= join('', @t) . ($terminated ? $eol : "=$eol");
    }
    return $out;
}

sub decode_qp ($) {
    my $s = shift;
    return undef unless defined $s;
    $s =~ s/\r\n/\n/g;
    $s =~ s/[ \t]+\n/\n/g;
    $s =~ s/[ \t]+\z//;
    $s =~ s/=\n//g;
    $s =~ s/=([0-9A-Fa-f]{2})/chr hex $1/ge;
    return $s;
}

*encode = \&encode_qp;
*decode = \&decode_qp;
1;
