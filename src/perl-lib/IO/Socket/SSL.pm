package IO::Socket::SSL;
# TLS client sockets over this machine's simulated TLS (the record framing of
# TLS with JSON handshake bodies and JSON certificates, no cryptography): the
# handshake runs over the TCP socket, the server's chain is checked against
# the trust store (validity dates, issuer links, host name), and application
# data then travels in records.
#
# Reading and writing go through the methods (sysread, syswrite, read,
# print, printf, getline, getlines, close); the builtins `<$sock>`,
# `print $sock ...`, `sysread($sock, ...)` act on the raw TCP stream and are
# not supported on an SSL socket (this engine has no tied handles).
# Errors are left in $IO::Socket::SSL::SSL_ERROR and errstr(), with the
# texts of IO::Socket::SSL over OpenSSL 3.
use strict;
use warnings;
use IO::Socket::INET;
use Errno ();
use Carp ();
use Exporter ();
use Net::SSLeay ();

our @ISA = ('IO::Socket::INET');
our $VERSION = '2.081';
our $SSL_ERROR = '';
our $DEBUG = 0;

use constant {
    SSL_VERIFY_NONE                 => 0,
    SSL_VERIFY_PEER                 => 1,
    SSL_VERIFY_FAIL_IF_NO_PEER_CERT => 2,
    SSL_VERIFY_CLIENT_ONCE          => 4,
    SSL_WANT_READ                   => 2,
    SSL_WANT_WRITE                  => 3,
};
our @EXPORT = qw(SSL_WANT_READ SSL_WANT_WRITE SSL_VERIFY_NONE SSL_VERIFY_PEER
    SSL_VERIFY_FAIL_IF_NO_PEER_CERT SSL_VERIFY_CLIENT_ONCE $SSL_ERROR);
our @EXPORT_OK = ('GEN_DNS', 'GEN_IPADD', 'inet4', 'inet6', 'debug1', 'debug2', 'debug3', 'debug4');

my $CA_FILE = '/etc/ssl/certs/ca-certificates.crt';
my ($CT_ALERT, $CT_HANDSHAKE, $CT_APPDATA) = (21, 22, 23);
my ($HS_CLIENT_HELLO, $HS_SERVER_HELLO, $HS_CERTIFICATE, $HS_FINISHED) = (1, 2, 11, 20);
my $MAX_RECORD = 16384;
my $E_VERIFY = 'SSL connect attempt failed error:0A000086:SSL routines::certificate verify failed';

sub import {
    my $class = shift;
    my @export;
    for (@_) {
        if (/^debug(\d)$/) { $DEBUG = $1 } elsif (/^inet[46]$/) { } else { push @export, $_ }
    }
    Exporter::export_to_level($class, 1, $class, @export);
}

sub GEN_DNS () { 2 }
sub GEN_IPADD () { 7 }

sub can_client_sni { 1 }
sub can_server_sni { 0 }
sub can_alpn { 1 }
sub can_npn { 0 }
sub can_ipv6 { 0 }
sub can_ecdh { 1 }
sub can_ocsp { 0 }
sub can_multi_cert { 0 }

# ---- errors

sub _set_error {
    my ($self, $text) = @_;
    $SSL_ERROR = $text;
    ${*$self}{_SSL_last_err} = [$text, 4] if ref $self;
    return undef;
}

sub errstr {
    my $self = shift;
    my $e = ref($self) && ${*$self}{_SSL_last_err};
    return $e ? $e->[0] : ($SSL_ERROR || '');
}

sub fatal_ssl_error { my $self = shift; $@ = $self->errstr; return undef }

# ---- construction

# new(PeerHost => ..., PeerPort => ..., SSL_* => ...): a connected, handshaken socket or undef.
sub configure {
    my ($self, $arg) = @_;
    my %ssl = map { $_ => delete $arg->{$_} } grep { /^SSL_/ } keys %$arg;
    my $peer = defined $arg->{PeerAddr} ? $arg->{PeerAddr} : $arg->{PeerHost};
    if (defined $peer) {
        (my $h = $peer) =~ s/:[\w()]+$//;
        $ssl{_peer_name} = $h;
    }
    $self->configure_SSL(\%ssl) or return undef;
    unless ($self->SUPER::configure($arg)) {
        $SSL_ERROR = $@ if defined $@ && length $@;
        return undef;
    }
    return $self if defined $ssl{SSL_startHandshake} && !$ssl{SSL_startHandshake};
    return $self->connect_SSL ? $self : do { CORE::close($self); undef };
}

# Record the SSL_* arguments; fails for server mode, which is not simulated.
sub configure_SSL {
    my ($self, $args) = @_;
    return $self->_set_error('IO::Socket::SSL server sockets are not supported on this machine')
        if $args->{SSL_server};
    ${*$self}{_SSL_arguments} = { %$args };
    ${*$self}{_SSL_plain} = '';
    ${*$self}{_SSL_raw}   = '';
    ${*$self}{_SSL_eof}   = 0;
    ${*$self}{_SSL_opened} = 0;
    if (my $cb = $args->{SSL_create_ctx_callback}) { $cb->(Net::SSLeay::CTX_new()) }
    return $self;
}

# IO::Socket::SSL->start_SSL($sock, %args): upgrade a connected socket in place.
sub start_SSL {
    my ($class, $sock) = (shift, shift);
    $class = ref($class) || $class;
    return $class->_set_error('Not a socket') unless ref $sock;
    my $args = @_ == 1 ? { %{ $_[0] } } : {@_};
    my $original = ref $sock;
    return $class->_set_error('Socket has no fileno') unless defined CORE::fileno($sock);
    ${*$sock}{io_socket_timeout} = delete $args->{Timeout} if exists $args->{Timeout};
    bless $sock, $class;
    unless ($sock->configure_SSL($args)) { bless $sock, $original; return undef }
    ${*$sock}{_SSL_ioclass_upgraded} = $original if $original ne $class;
    return $sock if defined $args->{SSL_startHandshake} && !$args->{SSL_startHandshake};
    return $sock if $sock->connect_SSL;
    bless $sock, $original;
    return undef;
}

sub new_from_fd {
    my ($class, $fd, @args) = @_;
    shift @args if @args % 2;
    my $sock = IO::Socket::INET->new_from_fd($fd, '+<') or return $class->_set_error("creating IO::Socket::INET from file handle failed");
    return $class->start_SSL($sock, @args);
}

# ---- the handshake

sub _host_to_check {
    my ($self) = @_;
    my $a = ${*$self}{_SSL_arguments};
    for my $k (qw(SSL_verifycn_name SSL_hostname _peer_name)) {
        return $a->{$k} if defined $a->{$k} && length $a->{$k};
    }
    return $self->peerhost;
}

sub connect_SSL {
    my ($self) = @_;
    my $a = ${*$self}{_SSL_arguments};
    my $sni = defined $a->{SSL_hostname} ? $a->{SSL_hostname} : $a->{_peer_name};
    $sni = '' unless defined $sni && $sni !~ /^[\d.]+$/;
    my $hello = '{"version":"TLSv1.3","sni":' . _json_string($sni) . ',"alpn":["http/1.1"]}';
    $self->_send_records($CT_HANDSHAKE, chr($HS_CLIENT_HELLO) . $hello)
        or return $self->_set_error("SSL connect attempt failed error:0A000126:SSL routines::unexpected eof while reading");
    my (@chain, %hello);
    while (1) {
        my $rec = $self->_next_record(1);
        return $self->_set_error('SSL connect attempt failed error:0A000126:SSL routines::unexpected eof while reading')
            unless defined $rec;
        return undef unless ref $rec;
        my ($type, $payload) = @$rec;
        if ($type == $CT_ALERT) {
            return $self->_set_error('SSL connect attempt failed error:0A000410:SSL routines::sslv3 alert handshake failure');
        }
        return $self->_set_error('SSL connect attempt failed error:0A00010B:SSL routines::wrong version number')
            unless $type == $CT_HANDSHAKE;
        my $msg = ord substr($payload, 0, 1);
        my $body = eval { _json_decode(substr($payload, 1)) };
        return $self->_set_error('SSL connect attempt failed error:0A000410:SSL routines::sslv3 alert handshake failure')
            unless ref $body eq 'HASH';
        if ($msg == $HS_SERVER_HELLO) {
            %hello = %$body;
        } elsif ($msg == $HS_CERTIFICATE) {
            @chain = ref $body->{chain} eq 'ARRAY' ? @{ $body->{chain} } : ();
        } elsif ($msg == $HS_FINISHED) {
            last;
        }
    }
    ${*$self}{_SSL_chain} = \@chain;
    ${*$self}{_SSL_hello} = \%hello;
    my $mode = defined $a->{SSL_verify_mode} ? $a->{SSL_verify_mode} : SSL_VERIFY_PEER;
    if ($mode & SSL_VERIFY_PEER) {
        my $why = $self->_verify(\@chain);
        if (defined $why) {
            ${*$self}{_SSL_verify_failure} = $why;
            $self->_send_records($CT_ALERT, "\x02" . chr($why =~ /valid|expired/ ? 45 : $why eq 'hostname' ? 42 : 48));
            return $self->_set_error($E_VERIFY);
        }
    }
    $self->_send_records($CT_HANDSHAKE, chr($HS_FINISHED) . '{}')
        or return $self->_set_error('SSL connect attempt failed error:0A000126:SSL routines::unexpected eof while reading');
    ${*$self}{_SSL_opened} = 1;
    $SSL_ERROR = '';
    return $self;
}

# Why the chain (leaf first) is not trusted for the host now, or undef.
sub _verify {
    my ($self, $chain) = @_;
    my $a = ${*$self}{_SSL_arguments};
    my $file = defined $a->{SSL_ca_file} ? $a->{SSL_ca_file} : $ENV{SSL_CERT_FILE};
    $file = $CA_FILE unless defined $file;
    my @roots = _read_trust_store($file);
    return 'unknown-issuer' unless @$chain;
    my $now = time() * 1000;
    for my $c (@$chain) {
        return 'not-a-certificate' unless ref $c eq 'HASH';
        return 'expired' if $now > ($c->{notAfter} || 0);
        return 'not-yet-valid' if $now < ($c->{notBefore} || 0);
    }
    my $trusted = sub {
        my $c = shift;
        return grep { $_->{subject} eq $c->{issuer} && ($_->{subject} ne $c->{subject} || $_->{serial} eq $c->{serial}) } @roots;
    };
    my $ok = 0;
    for my $i (0 .. $#$chain) {
        my $c = $chain->[$i];
        if ($trusted->($c)) { $ok = 1; last }
        return $i == 0 ? 'self-signed' : 'self-signed-in-chain' if $c->{issuer} eq $c->{subject};
        my $next = $chain->[$i + 1];
        return 'unknown-issuer' unless $next && $next->{subject} eq $c->{issuer};
    }
    return 'unknown-issuer' unless $ok;
    my $scheme = $a->{SSL_verifycn_scheme};
    return undef if defined $scheme && !ref $scheme && $scheme eq 'none';
    my $host = $self->_host_to_check;
    return 'hostname' unless defined $host && grep { _name_matches($_, $host) } @{ $chain->[0]{san} || [] };
    return undef;
}

sub _name_matches {
    my ($p, $n) = (lc shift, lc shift);
    return $p eq $n unless $p =~ /^\*\./;
    my $dot = index($n, '.');
    return $dot > 0 && substr($n, $dot + 1) eq substr($p, 2);
}

sub _read_trust_store {
    my ($file) = @_;
    open(my $fh, '<', $file) or return ();
    local $/;
    my $text = <$fh>;
    close $fh;
    my @certs;
    while ($text =~ /-----BEGIN CERTIFICATE-----\n(.*?)\n-----END CERTIFICATE-----/sg) {
        my $b64 = $1;
        my $c = eval { _json_decode(_b64_decode($b64)) };
        push @certs, $c if ref $c eq 'HASH' && defined $c->{subject} && defined $c->{issuer};
    }
    return @certs;
}

# ---- records

sub _send_records {
    my ($self, $type, $data) = @_;
    my $out = '';
    my $off = 0;
    do {
        my $part = substr($data, $off, $MAX_RECORD);
        $out .= pack('CCCn', $type, 3, 3, length $part) . $part;
        $off += $MAX_RECORD;
    } while ($off < length $data);
    my $done = 0;
    local $SIG{PIPE} = 'IGNORE';
    while ($done < length $out) {
        my $n = CORE::syswrite($self, $out, length($out) - $done, $done);
        if (!defined $n) {
            next if $! == Errno::EINTR() || $! == Errno::EAGAIN();
            return undef;
        }
        $done += $n;
    }
    return 1;
}

# The next whole record as [type, payload]; undef at end of stream, '' on a
# timeout or read error (the error is set). $handshake bounds waits by Timeout.
sub _next_record {
    my ($self, $handshake) = @_;
    while (1) {
        my $raw = \${*$self}{_SSL_raw};
        if (length $$raw >= 5) {
            my ($type, $major, undef, $len) = unpack('CCCn', $$raw);
            if ($type < 20 || $type > 23 || $major != 3) {
                $self->_set_error('SSL connect attempt failed error:0A00010B:SSL routines::wrong version number');
                return '';
            }
            if (length $$raw >= 5 + $len) {
                my $payload = substr($$raw, 5, $len);
                substr($$raw, 0, 5 + $len, '');
                return [$type, $payload];
            }
        }
        my $timeout = ${*$self}{io_socket_timeout};
        if ($handshake && defined $timeout) {
            my $v = '';
            vec($v, CORE::fileno($self), 1) = 1;
            my $n = select(my $r = $v, undef, undef, $timeout);
            if (defined $n && $n == 0) {
                $! = Errno::ETIMEDOUT();
                $self->_set_error('SSL connect attempt failed because of handshake problems');
                return '';
            }
        }
        my $n = CORE::sysread($self, $$raw, 65536, length $$raw);
        if (!defined $n) {
            next if $! == Errno::EINTR() || $! == Errno::EAGAIN();
            $self->_set_error("SSL read error $!");
            return '';
        }
        return undef if $n == 0;
    }
}

# Read records until plaintext arrives or the stream ends; false at the end.
sub _fill {
    my ($self) = @_;
    return 0 if ${*$self}{_SSL_eof};
    while (1) {
        my $rec = $self->_next_record(0);
        if (!defined $rec) { ${*$self}{_SSL_eof} = 1; return 0 }
        return undef unless ref $rec;
        my ($type, $payload) = @$rec;
        if ($type == $CT_APPDATA) {
            next unless length $payload;
            ${*$self}{_SSL_plain} .= $payload;
            return 1;
        }
        if ($type == $CT_ALERT) {
            ${*$self}{_SSL_eof} = 1;
            return 0 if ord(substr($payload, 1, 1)) == 0;
            $self->_set_error('SSL read error error:0A000410:SSL routines::ssl/tls alert');
            return undef;
        }
    }
}

sub _need_open {
    my ($self, $what) = @_;
    return 1 if ${*$self}{_SSL_opened};
    $! = Errno::EBADF();
    return 0;
}

# ---- I/O methods

sub pending { my $self = shift; return length ${*$self}{_SSL_plain} }

sub sysread {
    my $self = shift;
    my (undef, $len, $off) = @_;
    return undef unless $self->_need_open;
    $off = 0 unless defined $off;
    my $plain = \${*$self}{_SSL_plain};
    unless (length $$plain) {
        my $r = $self->_fill;
        return $r unless $r;
    }
    my $chunk = substr($$plain, 0, $len, '');
    $_[0] = '' unless defined $_[0];
    $_[0] .= "\0" x ($off - length $_[0]) if $off > length $_[0];
    substr($_[0], $off) = $chunk;
    return length $chunk;
}

sub read {
    my $self = shift;
    my (undef, $len, $off) = @_;
    return undef unless $self->_need_open;
    my $plain = \${*$self}{_SSL_plain};
    while (length $$plain < $len) {
        my $r = $self->_fill;
        return undef if !defined $r && !length $$plain;
        last unless $r;
    }
    return $self->sysread($_[0], $len, $off) if length $$plain;
    $_[0] = '' unless defined $_[0];
    substr($_[0], $off || 0) = '';
    return 0;
}

sub syswrite {
    my $self = shift;
    my ($buf, $len, $off) = @_;
    return undef unless $self->_need_open;
    $off = 0 unless defined $off;
    $len = length($buf) - $off unless defined $len;
    my $data = substr($buf, $off, $len);
    Carp::croak('Wide character in syswrite') if $data =~ /[^\x00-\xff]/;
    return $self->_send_records($CT_APPDATA, $data) ? length $data : undef;
}

sub print {
    my $self = shift;
    my $text = join(defined $, ? $, : '', @_) . (defined $\ ? $\ : '');
    return defined $self->syswrite($text) ? 1 : undef;
}

sub printf {
    my $self = shift;
    my $fmt = shift;
    return $self->print(sprintf($fmt, @_));
}

sub say { my $self = shift; local $\ = "\n"; return $self->print(@_) }

sub getline {
    my ($self) = @_;
    return undef unless $self->_need_open;
    my $plain = \${*$self}{_SSL_plain};
    my $sep = $/;
    while (1) {
        if (defined $sep && length $sep) {
            my $i = index($$plain, $sep);
            return substr($$plain, 0, $i + length $sep, '') if $i >= 0;
        } elsif (defined $sep) {
            return substr($$plain, 0, length $1, '') if $$plain =~ /\A(\n*[^\n].*?\n\n+)/s;
        }
        my $r = $self->_fill;
        last unless $r;
    }
    return undef unless length $$plain;
    return substr($$plain, 0, length $$plain, '');
}

sub getlines {
    my ($self) = @_;
    Carp::croak('usage: $io->getlines()') unless wantarray;
    my @lines;
    while (defined(my $l = $self->getline)) { push @lines, $l }
    return @lines;
}

sub getc {
    my ($self) = @_;
    my $c;
    return $self->read($c, 1) ? $c : undef;
}

sub eof {
    my ($self) = @_;
    return 0 if length ${*$self}{_SSL_plain};
    return $self->_fill ? 0 : 1;
}

sub readline {
    Carp::croak('IO::Socket::SSL: readline on an SSL socket is not supported on this machine; use $sock->getline or $sock->getlines');
}

sub stop_SSL {
    my ($self) = @_;
    if (${*$self}{_SSL_opened}) {
        $self->_send_records($CT_ALERT, "\x01\x00");
        ${*$self}{_SSL_opened} = 0;
    }
    my $orig = ${*$self}{_SSL_ioclass_upgraded} || 'IO::Socket::INET';
    bless $self, $orig;
    return $self;
}

sub close {
    my ($self) = @_;
    if (${*$self}{_SSL_opened}) {
        $self->_send_records($CT_ALERT, "\x01\x00");
        ${*$self}{_SSL_opened} = 0;
    }
    return CORE::close($self);
}

sub opened { my $self = shift; return ${*$self}{_SSL_opened} && defined CORE::fileno($self) ? 1 : '' }

# ---- information about the connection

sub get_sslversion { my $self = shift; return ${*$self}{_SSL_opened} ? 'TLSv1_3' : undef }
sub get_sslversion_int { my $self = shift; return ${*$self}{_SSL_opened} ? 0x0304 : undef }
sub get_cipher {
    my $self = shift;
    my $h = ${*$self}{_SSL_hello} || {};
    return defined $h->{cipher} ? $h->{cipher} : undef;
}
sub alpn_selected {
    my $self = shift;
    my $h = ${*$self}{_SSL_hello} || {};
    return defined $h->{alpn} && length $h->{alpn} ? $h->{alpn} : undef;
}
sub get_servername { my $self = shift; return ${*$self}{_SSL_arguments}{SSL_hostname} }

sub _openssl_name { my $s = shift; $s =~ s/ = /=/g; return '/' . join('/', split /, /, $s) }

# peer_certificate('subject'|'issuer'|'commonName'|'subjectAltNames').
sub peer_certificate {
    my ($self, $field) = @_;
    my $c = (${*$self}{_SSL_chain} || [])->[0] or return undef;
    return $c unless defined $field;
    return _openssl_name($c->{subject}) if $field eq 'subject' || $field eq 'owner';
    return _openssl_name($c->{issuer}) if $field eq 'issuer' || $field eq 'authority';
    return ($c->{subject} =~ /CN = ([^,]+)/)[0] if $field eq 'commonName' || $field eq 'cn';
    return map { (GEN_DNS, $_) } @{ $c->{san} || [] } if $field eq 'subjectAltNames';
    Carp::croak("IO::Socket::SSL: peer_certificate field '$field' is not supported on this machine");
}

sub verify_hostname {
    my ($self, $host) = @_;
    my $c = (${*$self}{_SSL_chain} || [])->[0] or return 0;
    return (grep { _name_matches($_, $host) } @{ $c->{san} || [] }) ? 1 : 0;
}

sub dump_peer_certificate {
    my $self = shift;
    my $c = (${*$self}{_SSL_chain} || [])->[0] or return '';
    return 'Subject Name: ' . _openssl_name($c->{subject}) . "\nIssuer  Name: " . _openssl_name($c->{issuer}) . "\n";
}

sub get_ssleay_error { '' }

sub set_default_context { }
sub set_defaults { }
sub set_client_defaults { }
sub default_ca { return { SSL_ca_file => $CA_FILE } }

# ---- base64 and JSON for the simulated handshake and certificates

sub _b64_decode {
    my $s = shift;
    $s =~ tr{A-Za-z0-9+/}{}cd;
    my $bits = '';
    for my $ch (split //, $s) {
        my $v = index('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', $ch);
        $bits .= substr(unpack('B8', chr $v), 2);
    }
    $bits = substr($bits, 0, length($bits) - length($bits) % 8);
    return pack('B*', $bits);
}

sub _json_string {
    my $s = shift;
    $s =~ s/(["\\])/\\$1/g;
    $s =~ s/([\x00-\x1f])/sprintf('\\u%04x', ord $1)/ge;
    return qq{"$s"};
}

sub _json_decode {
    my $text = shift;
    my @tok = $text =~ /\G\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|[{}\[\],:])/g;
    my $i = 0;
    my $v = _json_value(\@tok, \$i);
    die "JSON: trailing text\n" if $i < @tok;
    return $v;
}

my %JSON_ESC = ('"' => '"', '\\' => '\\', '/' => '/', b => "\x08", f => "\x0c", n => "\n", r => "\r", t => "\t");

sub _json_value {
    my ($tok, $i) = @_;
    my $t = $tok->[$$i++];
    die "JSON: value expected\n" unless defined $t;
    if ($t eq '{' || $t eq '[') {
        my $obj = $t eq '{';
        my $close = $obj ? '}' : ']';
        my $r = $obj ? {} : [];
        if (($tok->[$$i] // '') eq $close) { $$i++; return $r }
        while (1) {
            if ($obj) {
                my $k = _json_value($tok, $i);
                die "JSON: key expected\n" if ref $k || ($tok->[$$i++] // '') ne ':';
                $r->{$k} = _json_value($tok, $i);
            } else {
                push @$r, _json_value($tok, $i);
            }
            my $sep = $tok->[$$i++] // '';
            return $r if $sep eq $close;
            die "JSON: $close expected\n" unless $sep eq ',';
        }
    }
    if ($t =~ /^"(.*)"$/s) {
        my $s = $1;
        $s =~ s/\\(?:u([0-9a-fA-F]{4})|(.))/defined $1 ? chr(hex $1) : $JSON_ESC{$2}/ge;
        return $s;
    }
    return $t eq 'true' ? 1 : $t eq 'false' ? 0 : $t eq 'null' ? undef : 0 + $t if $t =~ /^[-\dtfn]/;
    die "JSON: value expected\n";
}

1;
