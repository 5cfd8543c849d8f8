package Encode;
# Encode: characters to bytes and back for UTF-8, UTF-16/32, ISO-8859-1 and ASCII.
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
  FB_DEFAULT FB_CROAK FB_QUIET FB_WARN FB_PERLQQ FB_HTMLCREF FB_XMLCREF LEAVE_SRC DIE_ON_ERR WARN_ON_ERR RETURN_ON_ERR PERLQQ HTMLCREF XMLCREF ONLY_PRAGMA_WARNINGS STOP_AT_PARTIAL);
our %EXPORT_TAGS = (all => [@EXPORT, @EXPORT_OK], default => [@EXPORT],
  fallbacks => [qw(FB_DEFAULT FB_CROAK FB_QUIET FB_WARN FB_PERLQQ FB_HTMLCREF FB_XMLCREF)],
  fallback_all => [qw(FB_DEFAULT FB_CROAK FB_QUIET FB_WARN FB_PERLQQ FB_HTMLCREF FB_XMLCREF LEAVE_SRC DIE_ON_ERR WARN_ON_ERR RETURN_ON_ERR PERLQQ HTMLCREF XMLCREF)]);

sub FB_DEFAULT () { 0 } sub DIE_ON_ERR () { 1 } sub WARN_ON_ERR () { 2 } sub RETURN_ON_ERR () { 4 }
sub LEAVE_SRC () { 8 } sub PERLQQ () { 0x100 } sub HTMLCREF () { 0x200 } sub XMLCREF () { 0x400 }
sub ONLY_PRAGMA_WARNINGS () { 0x10 } sub STOP_AT_PARTIAL () { 0x800 }
sub FB_CROAK () { 1 } sub FB_QUIET () { 4 } sub FB_WARN () { 6 } sub FB_PERLQQ () { 0x108 }
sub FB_HTMLCREF () { 0x208 } sub FB_XMLCREF () { 0x408 }

my %ALIAS = ('utf8' => 'utf8', 'utf-8' => 'utf-8-strict', 'utf-8-strict' => 'utf-8-strict',
    'iso-8859-1' => 'iso-8859-1', 'latin1' => 'iso-8859-1', 'latin-1' => 'iso-8859-1', 'iso_8859-1' => 'iso-8859-1',
    'ascii' => 'ascii', 'us-ascii' => 'ascii', 'ansi_x3.4-1968' => 'ascii', 'binary' => 'null', 'null' => 'null',
    'utf-16' => 'UTF-16', 'utf-16be' => 'UTF-16BE', 'utf-16le' => 'UTF-16LE', 'utf16' => 'UTF-16', 'utf16be' => 'UTF-16BE', 'utf16le' => 'UTF-16LE',
    'utf-32' => 'UTF-32', 'utf-32be' => 'UTF-32BE', 'utf-32le' => 'UTF-32LE', 'ucs-2be' => 'UTF-16BE');

sub resolve_alias { my $n = lc(shift // ''); return $ALIAS{$n} // 0 }
sub encodings { return qw(ascii ascii-ctrl iso-8859-1 null utf-8-strict utf8) }

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
    return _encode_wide($name, $str) if $name =~ /^UTF-/;
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

# Valid UTF-8 sequences; perl's lax 'utf8' also takes surrogates.
my $STRICT = qr/[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}/;
my $LAX = qr/$STRICT|\xed[\xa0-\xbf][\x80-\xbf]/;

# The malformed sequence at the start of $rest: a start byte and the
# continuation bytes its length promises, or one stray byte.
sub _bad_seq {
    my $rest = shift;
    my $b = ord $rest;
    my $want = $b >= 0xfe ? 6 : $b >= 0xfc ? 5 : $b >= 0xf8 ? 4 : $b >= 0xf0 ? 3 : $b >= 0xe0 ? 2 : $b >= 0xc0 ? 1 : 0;
    my $n = 1;
    $n++ while $n <= $want && $n < length($rest) && substr($rest, $n, 1) =~ /[\x80-\xbf]/;
    return substr($rest, 0, $n);
}

# Decode; returns the characters and how many bytes were consumed (less
# than all when CHECK has RETURN_ON_ERR and the input is malformed).
sub _decode_utf8 {
    my ($name, $bytes, $check) = @_;
    my $valid = $name eq 'utf8' ? $LAX : $STRICT;
    my ($out, $pos) = ('', 0);
    while ($pos < length $bytes) {
        my $rest = substr($bytes, $pos);
        if ($rest =~ /\A([\x00-\x7f]+)/) { $out .= $1; $pos += length $1; next }
        if ($rest =~ /\A($valid)/) { my $c = $1; $pos += length $c; utf8::decode($c); $out .= $c; next }
        # An incomplete sequence at the end waits for more input (PerlIO's reads).
        return ($out, $pos) if $check & STOP_AT_PARTIAL && $rest =~ /\A(?:[\xc2-\xdf]|[\xe0-\xef][\x80-\xbf]?|[\xf0-\xf4][\x80-\xbf]{0,2})\z/;
        my $seq = _bad_seq($rest);
        my $shown = join '', map { sprintf '\x%02X', ord } split //, $seq;
        if ($check & PERLQQ) { $out .= $shown; $pos += length $seq; next }
        _fail($check, sprintf('%s "%s" does not map to Unicode', $name eq 'utf8' ? 'utf8' : 'UTF-8', $shown), '');
        return ($out, $pos) if $check & RETURN_ON_ERR;
        $out .= "\x{FFFD}";
        $pos += length $seq;
    }
    return ($out, $pos);
}

# UTF-16/32 in either byte order; a name without one reads a BOM (big-endian without).
sub _decode_wide {
    my ($name, $bytes) = @_;
    my ($bits, $order) = $name =~ /^UTF-(16|32)(BE|LE)?$/;
    my $w = $bits / 8;
    if (!$order) {
        my $bom = substr($bytes, 0, $w);
        $order = $bom eq ($w == 2 ? "\xff\xfe" : "\xff\xfe\0\0") ? 'LE' : 'BE';
        $bytes = substr($bytes, $w) if $bom eq ($w == 2 ? "\xfe\xff" : "\0\0\xfe\xff") || $order eq 'LE';
    }
    my $fmt = $w == 2 ? ($order eq 'BE' ? 'n*' : 'v*') : ($order eq 'BE' ? 'N*' : 'V*');
    my @u = unpack $fmt, $bytes;
    my $out = '';
    while (@u) {
        my $c = shift @u;
        if ($w == 2 && $c >= 0xd800 && $c < 0xdc00 && @u && $u[0] >= 0xdc00 && $u[0] < 0xe000) { $c = 0x10000 + (($c - 0xd800) << 10) + (shift(@u) - 0xdc00) }
        $out .= chr $c;
    }
    return $out;
}

sub _encode_wide {
    my ($name, $str) = @_;
    my ($bits, $order) = $name =~ /^UTF-(16|32)(BE|LE)?$/;
    my $bom = !$order;
    $order ||= 'BE';
    my $fmt = $bits == 16 ? ($order eq 'BE' ? 'n' : 'v') : ($order eq 'BE' ? 'N' : 'V');
    my $out = $bom ? pack($fmt, 0xfeff) : '';
    for my $c (map { ord } split //, $str) {
        if ($bits == 16 && $c > 0xffff) { $c -= 0x10000; $out .= pack($fmt x 2, 0xd800 + ($c >> 10), 0xdc00 + ($c & 0x3ff)); next }
        $out .= pack $fmt, $c;
    }
    return $out;
}

sub _decode {
    my ($name, $bytes, $check) = @_;
    return undef unless defined $bytes;
    $check ||= 0;
    Carp::croak('Cannot decode string with wide characters') if $bytes =~ /[^\x00-\xff]/;
    return (_decode_utf8($name, $bytes, $check))[0] if $name eq 'utf8' || $name eq 'utf-8-strict';
    return _decode_wide($name, $bytes) if $name =~ /^UTF-/;
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
    my ($r, $used);
    if (defined $bytes && ($name eq 'utf8' || $name eq 'utf-8-strict')) {
        Carp::croak('Cannot decode string with wide characters') if $bytes =~ /[^\x00-\xff]/;
        ($r, $used) = _decode_utf8($name, $bytes, $check || 0);
    } else {
        $r = _decode($name, $bytes, $check);
        $used = defined $bytes ? length $bytes : 0;
    }
    $_[1] = substr($bytes, $used) if defined $bytes && $check && !ref $check && !($check & LEAVE_SRC);
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
sub mime_name { my $n = $_[0]{name}; return $n eq 'utf-8-strict' || $n eq 'utf8' ? 'UTF-8' : $n eq 'iso-8859-1' ? 'ISO-8859-1' : $n eq 'ascii' ? 'US-ASCII' : $n =~ /^UTF-/ ? $n : undef }
sub encode { my $e = shift; return Encode::encode($e->{name}, $_[0], $_[1]) }
sub decode { my $e = shift; return Encode::decode($e->{name}, $_[0], $_[1]) }
sub perlio_ok { 1 }
sub renew { return $_[0] }
sub renewed { return 0 }
sub needs_lines { return 0 }
1;
