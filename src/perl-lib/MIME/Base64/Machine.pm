package MIME::Base64;
# MIME::Base64 on this machine (loaded by MIME/Base64.pm): RFC 2045 Base64
# by natives, and the base64url variants on top.
use strict;
use Exporter ();
our $VERSION = '3.16';
our @ISA = ('Exporter');

sub _bytes {
    my $s = shift;
    if ($s =~ /[^\x00-\xff]/) { require Carp; Carp::croak('Wide character in subroutine entry') }
    return $s;
}
sub encode_base64 { my ($s, $eol) = @_; return _encode(_bytes(defined $s ? $s : ''), defined $eol ? $eol : "\n") }
sub decode_base64 { my $s = shift; return _decode(defined $s ? $s : '') }
sub encode_base64url { my $e = encode_base64(shift, ''); $e =~ s/=+\z//; $e =~ tr{+/}{-_}; return $e }
sub decode_base64url { my $s = shift; $s =~ tr{-_}{+/}; $s .= '=' while length($s) % 4; return decode_base64($s) }
sub encoded_base64_length { my ($s, $eol) = @_; return length(encode_base64($s, $eol)) }
sub decoded_base64_length { return length(decode_base64($_[0])) }
1;
