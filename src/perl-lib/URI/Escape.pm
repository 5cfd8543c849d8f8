package URI::Escape;
# Percent-encoding of URI components (RFC 3986).
use strict;
use warnings;
use Exporter ();

our $VERSION = '5.17';
our @ISA = ('Exporter');
our @EXPORT = qw(uri_escape uri_unescape uri_escape_utf8);
our @EXPORT_OK = qw(%escapes);
our %escapes = map { chr($_) => sprintf('%%%02X', $_) } 0 .. 255;

my %class_cache;

sub uri_escape {
    my ($text, $patn) = @_;
    return undef unless defined $text;
    my $re;
    if (defined $patn) {
        $re = $class_cache{$patn} ||= do { my $p = "([$patn])"; qr/$p/ };
    } else {
        $re = qr/([^A-Za-z0-9\-\._~])/;
    }
    $text =~ s/$re/$escapes{$1} || _fail_hi($1)/ge;
    return $text;
}

sub _fail_hi {
    my $chr = shift;
    die sprintf("Can't escape \\x{%04X}, try uri_escape_utf8() instead", ord $chr);
}

sub uri_escape_utf8 {
    my ($text, @rest) = @_;
    return undef unless defined $text;
    utf8::encode($text);
    return uri_escape($text, @rest);
}

sub uri_unescape {
    my @s = @_;
    for (@s) { s/%([0-9A-Fa-f]{2})/chr(hex($1))/eg if defined; }
    return wantarray ? @s : $s[0];
}

1;
