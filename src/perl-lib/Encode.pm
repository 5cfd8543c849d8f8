package Encode;
# Encode: characters to bytes and back for UTF-8, ISO-8859-1 and ASCII.
# Malformed input becomes U+FFFD (decode) or "?" (encode) unless CHECK asks
# to croak, as with the real module.
use strict;
use warnings;
use Exporter ();
use Carp ();

our $VERSION = '3.17';
our @ISA = ('Exporter');
our @EXPORT = qw(decode decode_utf8 encode encode_utf8 str2bytes bytes2str encodings find_encoding find_mime_encoding clone_encoding);
our @EXPORT_OK = qw(_utf8_off _utf8_on define_encoding from_to is_16bit is_8bit is_utf8 perlio_ok resolve_alias utf8_downgrade utf8_upgrade
  FB_DEFAULT FB_CROAK FB_QUIET FB_WARN FB_PERLQQ FB_HTMLCREF FB_XMLCREF LEAVE_SRC DIE_ON_ERR WARN_ON_ERR RETURN_ON_ERR PERLQQ HTMLCREF XMLCREF);
our %EXPORT_TAGS = (all => [@EXPORT, @EXPORT_OK], default => [@EXPORT],
  fallbacks => [qw(FB_DEFAULT FB_CROAK FB_QUIET FB_WARN FB_PERLQQ FB_HTMLCREF FB_XMLCREF)],
  fallback_all => [qw(FB_DEFAULT FB_CROAK FB_QUIET FB_WARN FB_PERLQQ FB_HTMLCREF FB_XMLCREF LEAVE_SRC DIE_ON_ERR WARN_ON_ERR RETURN_ON_ERR PERLQQ HTMLCREF XMLCREF)]);

sub FB_DEFAULT () { 0 } sub DIE_ON_ERR () { 1 } sub WARN_ON_ERR () { 2 } sub RETURN_ON_ERR () { 4 }
sub LEAVE_SRC () { 8 } sub PERLQQ () { 0x100 } sub HTMLCREF () { 0x200 } sub XMLCREF () { 0x400 }
sub FB_CROAK () { 1 } sub FB_QUIET () { 4 } sub FB_WARN () { 6 } sub FB_PERLQQ () { 0x108 }
sub FB_HTMLCREF () { 0x208 } sub FB_XMLCREF () { 0x408 }

my %ALIAS = ('utf8' => 'utf8', 'utf-8' => 'utf-8-strict', 'utf-8-strict' => 'utf-8-strict',
    'iso-8859-1' => 'iso-8859-1', 'latin1' => 'iso-8859-1', 'latin-1' => 'iso-8859-1', 'iso_8859-1' => 'iso-8859-1',
    'ascii' => 'ascii', 'us-ascii' => 'ascii', 'ansi_x3.4-1968' => 'ascii', 'binary' => 'null');
my %NAME = ('utf8' => 'utf8', 'utf-8-strict' => 'utf-8-strict', 'iso-8859-1' => 'iso-8859-1', 'ascii' => 'ascii', 'null' => 'null');

sub resolve_alias { my $n = lc(shift // ''); return $ALIAS{$n} // 0 }
sub encodings { return sort values %{ { map { ($_ => $_) } qw(ascii ascii-ctrl iso-8859-1 null utf-8-strict utf8) } } }

sub find_encoding {
    my $name = resolve_alias(shift) or return undef;
    return bless { name => $name }, 'Encode::Encoding';
}
sub find_mime_encoding { my $n = shift; return $n =~ /^utf-8$/i ? find_encoding('utf-8') : find_encoding($n) }
sub clone_encoding { return find_encoding(@_) }

sub _fail {
    my ($check, $msg, $repl) = @_;
    Carp::croak($msg) if $check & DIE_ON_ERR;
    Carp::carp($msg) if $check & WARN_ON_ERR;
    return $repl;
}

sub _encode {
    my ($name, $str, $check) = @_;
    return undef unless defined $str;
    $check ||= 0;
    if ($name eq 'utf8' || $name eq 'utf-8-strict') { my $b = "$str"; utf8::encode($b); return $b }
    my $max = $name eq 'ascii' ? 0x7f : 0xff;
    my $out = '';
    for my $c (split //, $str) {
        my $o = ord $c;
        if ($o <= $max) { $out .= $c; next }
        my $msg = sprintf('"\x{%04x}" does not map to %s', $o, $name);
        $out .= ($check & PERLQQ) ? sprintf('\x{%04x}', $o) : ($check & HTMLCREF) ? "&#$o;" : ($check & XMLCREF) ? sprintf('&#x%x;', $o)
            : _fail($check, $msg, '?');
        last if $check & RETURN_ON_ERR && !($check & (PERLQQ | HTMLCREF | XMLCREF));
    }
    return $out;
}

sub _decode {
    my ($name, $bytes, $check) = @_;
    return undef unless defined $bytes;
    $check ||= 0;
    Carp::croak('Cannot decode string with wide characters') if $bytes =~ /[^\x00-\xff]/;
    if ($name eq 'utf8' || $name eq 'utf-8-strict') {
        my $s = "$bytes";
        return $s if utf8::decode($s);
        my $out = '';
        while ($bytes =~ /\G(?:([\x00-\x7f]+)|([\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})|([\x80-\xff]))/gc) {
            if (defined $1) { $out .= $1 }
            elsif (defined $2) { my $c = $2; utf8::decode($c); $out .= $c }
            else {
                my $b = ord $3;
                $out .= ($check & PERLQQ) ? sprintf('\x%02X', $b)
                    : _fail($check, sprintf('%s "\x%02X" does not map to Unicode', $name eq 'utf8' ? 'utf8' : 'UTF-8', $b), "\x{FFFD}");
            }
        }
        return $out;
    }
    return "$bytes" if $name eq 'iso-8859-1' || $name eq 'null';
    my $out = '';
    for my $c (split //, $bytes) {
        $out .= ord($c) < 0x80 ? $c : _fail($check, sprintf('ascii "\x%02X" does not map to Unicode', ord $c), "\x{FFFD}");
    }
    return $out;
}

sub encode {
    my ($enc, $str, $check) = @_;
    my $name = resolve_alias($enc) or Carp::croak(qq{Unknown encoding '$enc'});
    my $r = _encode($name, $str, $check);
    $_[1] = '' if defined $str && $check && !ref $check && !($check & LEAVE_SRC);
    return $r;
}

sub decode {
    my ($enc, $bytes, $check) = @_;
    my $name = resolve_alias($enc) or Carp::croak(qq{Unknown encoding '$enc'});
    my $r = _decode($name, $bytes, $check);
    $_[1] = '' if defined $bytes && $check && !ref $check && !($check & LEAVE_SRC);
    return $r;
}

sub encode_utf8 { my $s = shift; return undef unless defined $s; utf8::encode($s); return $s }
sub decode_utf8 { my ($b, $check) = @_; return undef unless defined $b; return _decode('utf8', $b, $check) }
sub str2bytes { return encode(@_) }
sub bytes2str { return decode(@_) }
sub from_to {
    my ($data, $from, $to, $check) = @_;
    my $s = decode($from, $data);
    $_[0] = encode($to, $s, $check);
    return length $_[0];
}
sub is_utf8 { return utf8::is_utf8($_[0]) }
sub _utf8_on { return undef }
sub _utf8_off { return undef }
sub utf8_upgrade { return utf8::upgrade($_[0]) }
sub utf8_downgrade { return utf8::downgrade($_[0], $_[1]) }
sub perlio_ok { return 0 }
sub is_8bit { return $_[0] =~ /[\x80-\xff]/ ? 1 : 0 }
sub is_16bit { return $_[0] =~ /[^\x00-\xff]/ ? 1 : 0 }
sub define_encoding { Carp::croak('define_encoding is not supported on this machine') }

package Encode::Encoding;
sub name { $_[0]{name} }
sub mime_name { my $n = $_[0]{name}; return $n eq 'utf-8-strict' || $n eq 'utf8' ? 'UTF-8' : $n eq 'iso-8859-1' ? 'ISO-8859-1' : $n eq 'ascii' ? 'US-ASCII' : undef }
sub encode { my ($e, $s, $c) = @_; return Encode::_encode($e->{name}, $s, $c) }
sub decode { my ($e, $b, $c) = @_; return Encode::_decode($e->{name}, $b, $c) }
sub perlio_ok { 0 }
1;
