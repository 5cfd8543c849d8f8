package Digest::SHA;
# Digest::SHA on this machine (loaded by Digest/SHA.pm): SHA-1, SHA-224 and
# SHA-256, SHA-384 and SHA-512 by natives over the bytes; other algorithms
# fail loudly.
use strict;
use Exporter ();
use MIME::Base64 ();
use Carp ();
our $VERSION = '6.02';
our @ISA = ('Exporter');

sub _bytes {
    my $s = join '', map { defined $_ ? $_ : '' } @_;
    Carp::croak('Wide character in subroutine entry') if $s =~ /[^\x00-\xff]/;
    return $s;
}
sub _b64 { my $b = MIME::Base64::encode_base64(shift, ''); $b =~ s/=+\z//; return $b }
# HMAC (RFC 2104) over algorithm $alg: the raw digest.
sub _hmac {
    my ($alg, $data, $key) = @_;
    my $bs = $alg >= 384 ? 128 : 64;
    $key = pack('H*', _hex($alg, $key)) if length($key) > $bs;
    $key .= "\0" x ($bs - length $key);
    my $inner = pack('H*', _hex($alg, ($key ^ ("\x36" x $bs)) . $data));
    return pack('H*', _hex($alg, ($key ^ ("\x5c" x $bs)) . $inner));
}
for my $alg (1, 224, 256, 384, 512) {
    no strict 'refs';
    *{"Digest::SHA::sha${alg}_hex"} = sub { return _hex($alg, _bytes(@_)) };
    *{"Digest::SHA::sha${alg}"} = sub { return pack('H*', _hex($alg, _bytes(@_))) };
    *{"Digest::SHA::sha${alg}_base64"} = sub { return _b64(pack('H*', _hex($alg, _bytes(@_)))) };
    my $hm = sub { my $key = pop; $key = '' unless defined $key; return _hmac($alg, _bytes(@_), _bytes($key)) };
    *{"Digest::SHA::hmac_sha${alg}"} = $hm;
    *{"Digest::SHA::hmac_sha${alg}_hex"} = sub { return unpack('H*', $hm->(@_)) };
    *{"Digest::SHA::hmac_sha${alg}_base64"} = sub { return _b64($hm->(@_)) };
}

sub new {
    my ($class, $alg) = @_;
    $alg = 1 unless defined $alg;
    $alg =~ s/^sha-?//i;
    if ($alg !~ /^(?:1|224|256|384|512)\z/) {
        Carp::croak("Digest::SHA: SHA-$alg is not supported on this machine") if $alg =~ /^(?:512224|512256)\z/;
        return undef;
    }
    return bless { alg => $alg, data => '' }, ref $class || $class;
}
sub algorithm { return $_[0]{alg} }
sub hashsize { return { 1 => 160, 224 => 224, 256 => 256, 384 => 384, 512 => 512 }->{ $_[0]{alg} } }
sub reset { $_[0]{data} = ''; return $_[0] }
sub clone { my $s = shift; return bless { %$s }, ref $s }
sub add { my $s = shift; $s->{data} .= _bytes(@_); return $s }
sub addfile {
    my ($s, $f) = @_;
    my $fh = $f;
    if (!ref $f) { open($fh, '<', $f) or Carp::croak("Open failed: $!"); binmode $fh }
    local $/;
    my $d = <$fh>;
    $s->{data} .= defined $d ? $d : '';
    return $s;
}
sub hexdigest { my $s = shift; my $h = _hex($s->{alg}, $s->{data}); $s->{data} = ''; return $h }
sub digest { return pack('H*', $_[0]->hexdigest) }
sub b64digest { return _b64($_[0]->digest) }
1;
