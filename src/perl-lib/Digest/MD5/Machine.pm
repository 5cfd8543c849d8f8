package Digest::MD5;
# Digest::MD5 on this machine (loaded by Digest/MD5.pm): the digest is a
# native over the bytes; the object collects what add() is given.
use strict;
use Exporter ();
use MIME::Base64 ();
our $VERSION = '2.58';
our @ISA = ('Exporter');

sub _bytes {
    my $s = join '', map { defined $_ ? $_ : '' } @_;
    if ($s =~ /[^\x00-\xff]/) { require Carp; Carp::croak('Wide character in subroutine entry') }
    return $s;
}
sub _b64 { my $b = MIME::Base64::encode_base64(shift, ''); $b =~ s/=+\z//; return $b }
sub _raw { return pack('H*', shift) }
sub md5_hex { return _hex(_bytes(@_)) }
sub md5 { return _raw(md5_hex(@_)) }
sub md5_base64 { return _b64(md5(@_)) }

sub new { my $class = shift; return bless { data => '' }, ref $class || $class }
sub reset { $_[0]{data} = ''; return $_[0] }
sub clone { my $s = shift; return bless { %$s }, ref $s }
sub add { my $s = shift; $s->{data} .= _bytes(@_); return $s }
sub addfile {
    my ($s, $fh) = @_;
    local $/;
    my $d = <$fh>;
    $s->{data} .= defined $d ? $d : '';
    return $s;
}
sub hexdigest { my $s = shift; my $h = _hex($s->{data}); $s->{data} = ''; return $h }
sub digest { return _raw($_[0]->hexdigest) }
sub b64digest { return _b64($_[0]->digest) }
sub context { require Carp; Carp::croak('Digest::MD5::context is not supported on this machine') }
1;
