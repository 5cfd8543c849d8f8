package HTTP::Tiny::Handle;
# The connection of HTTP::Tiny: a buffered socket whose every wait is bounded
# by the timeout, and the HTTP/1.1 framing (status line, header lines,
# Content-Length, chunked and read-to-close bodies).
use strict;
use warnings;
use Errno qw(EINTR EPIPE);
use IO::Socket::INET;
use Socket qw(inet_aton inet_ntoa);

our $VERSION = '0.080';
my $BUFSIZE = 32768;

my $printable = sub {
    (my $s = shift) =~ s/\r/\\r/g;
    $s =~ s/\n/\\n/g;
    $s =~ s/\t/\\t/g;
    $s =~ s/([^\x20-\x7E])/sprintf('\\x%.2X', ord $1)/ge;
    return $s;
};

sub new {
    my ($class, %args) = @_;
    return bless {
        rbuf             => '',
        timeout          => 60,
        max_line_size    => 16384,
        max_header_lines => 64,
        %args,
    }, $class;
}

sub connect {
    @_ == 5 || die(q/Usage: $handle->connect(scheme, host, port, peer)/ . "\n");
    my ($self, $scheme, $host, $port, $peer) = @_;
    my $packed = inet_aton($peer)
        or die qq/Could not connect to '$host:$port': Name or service not known\n/;
    local $!;
    my $fh = IO::Socket::INET->new(
        PeerAddr => inet_ntoa($packed),
        PeerPort => $port,
        Proto    => 'tcp',
        Type     => Socket::SOCK_STREAM(),
        Timeout  => $self->{timeout},
    );
    unless ($fh) {
        my $why = "$!" || 'Connection failed';
        die qq/Could not connect to '$host:$port': $why\n/;
    }
    binmode $fh or die qq/Could not binmode() socket: '$!'\n/;
    @$self{qw(fh scheme host port peer pid)} = ($fh, $scheme, $host, $port, $peer, $$);
    $self->start_ssl($host) if $scheme eq 'https';
    return $self;
}

# Run the TLS handshake on the connected socket; dies with the SSL error.
sub start_ssl {
    my ($self, $host) = @_;
    require IO::Socket::SSL;
    IO::Socket::SSL->start_SSL($self->{fh}, %{ $self->_ssl_args($host) })
        or die qq/SSL connection failed for $host: / . IO::Socket::SSL->errstr . "\n";
    return 1;
}

sub _ssl_args {
    my ($self, $host) = @_;
    my %args = (SSL_hostname => $host);
    if ($self->{verify_SSL}) {
        @args{qw(SSL_verifycn_scheme SSL_verifycn_name SSL_verify_mode SSL_ca_file)}
            = ('http', $host, 0x01, $self->_find_CA_file);
    } else {
        @args{qw(SSL_verifycn_scheme SSL_verify_mode)} = ('none', 0x00);
    }
    my $opts = $self->{SSL_options} || {};
    $args{$_} = $opts->{$_} for grep { /^SSL_/ } keys %$opts;
    return \%args;
}

sub _find_CA_file {
    my ($self) = @_;
    my $opts = $self->{SSL_options} || {};
    my $file = defined $opts->{SSL_ca_file} ? $opts->{SSL_ca_file} : $ENV{SSL_CERT_FILE};
    if (defined $file) {
        die qq/SSL_ca_file '$file' not found or not readable\n/ unless -r $file;
        return $file;
    }
    for my $ca ('/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt',
        '/etc/ssl/ca-bundle.pem', '/etc/openssl/certs/ca-certificates.crt', '/etc/ssl/cert.pem') {
        return $ca if -e $ca;
    }
    die qq/Couldn't find a CA bundle with which to verify the SSL certificate.\n/
        . qq/Try installing Mozilla::CA from CPAN\n/;
}

sub _is_ssl { my ($self) = @_; return ref($self->{fh}) eq 'IO::Socket::SSL' }

sub close {
    @_ == 1 || die(q/Usage: $handle->close()/ . "\n");
    my ($self) = @_;
    if ($self->{fh}) { $self->_is_ssl ? $self->{fh}->close : CORE::close($self->{fh}) }
    delete $self->{fh};
    return 1;
}

sub can_reuse {
    my ($self, $scheme, $host, $port, $peer) = @_;
    return 0 unless $self->{fh} && $self->{pid} == $$;
    return 0 unless $self->{scheme} eq $scheme && $self->{host} eq $host
        && $self->{port} eq $port && $self->{peer} eq $peer;
    return 0 if length $self->{rbuf};
    return 0 if $self->_ready(0, 0);
    return 1;
}

# Wait until the socket is readable ($write false) or writable; 0 on timeout.
sub _ready {
    my ($self, $write, $timeout) = @_;
    return 1 if !$write && $self->_is_ssl && $self->{fh}->pending;
    my $fd = fileno $self->{fh};
    return 0 unless defined $fd;
    my $left = $timeout;
    require Time::HiRes;
    my $start = Time::HiRes::time();
    while (1) {
        my $vec = '';
        vec($vec, $fd, 1) = 1;
        my $n = $write ? select(undef, $vec, undef, $left) : select($vec, undef, undef, $left);
        return $n if $n > 0 || ($n == 0);
        die qq/select(2): '$!'\n/ unless $! == EINTR;
        $left = $timeout - (Time::HiRes::time() - $start);
        return 0 if $left <= 0;
    }
}

sub write {
    @_ == 2 || die(q/Usage: $handle->write(buf)/ . "\n");
    my ($self, $buf) = @_;
    utf8::downgrade($buf, 1) or die qq/Wide character in write()\n/;
    my ($len, $off) = (length $buf, 0);
    local $SIG{PIPE} = 'IGNORE';
    while ($len > 0) {
        $self->_ready(1, $self->{timeout})
            or die qq/Timed out while waiting for socket to become ready for writing\n/;
        my $r = $self->_is_ssl ? $self->{fh}->syswrite($buf, $len, $off) : syswrite $self->{fh}, $buf, $len, $off;
        if (defined $r) {
            $len -= $r;
            $off += $r;
        } elsif ($! == EPIPE) {
            die qq/Socket closed by remote server: $!\n/;
        } elsif ($! != EINTR) {
            die qq/Could not write to SSL socket: '/ . $self->{fh}->errstr . qq/'\n / if $self->_is_ssl;
            die qq/Could not write to socket: '$!'\n/;
        }
    }
    return $off;
}

sub _fill {
    my ($self) = @_;
    $self->_ready(0, $self->{timeout})
        or die qq/Timed out while waiting for socket to become ready for reading\n/;
    my $r = $self->_is_ssl ? $self->{fh}->sysread($self->{rbuf}, $BUFSIZE, length $self->{rbuf})
        : sysread $self->{fh}, $self->{rbuf}, $BUFSIZE, length $self->{rbuf};
    return $r if defined $r;
    return $self->_fill if $! == EINTR;
    die qq/Could not read from SSL socket: '/ . $self->{fh}->errstr . qq/'\n / if $self->_is_ssl;
    die qq/Could not read from socket: '$!'\n/;
}

sub read {
    @_ == 2 || @_ == 3 || die(q/Usage: $handle->read(len [, allow_partial])/ . "\n");
    my ($self, $len, $partial) = @_;
    while (length $self->{rbuf} < $len) {
        last unless $self->_fill;
    }
    my $got = substr $self->{rbuf}, 0, $len, '';
    die qq/Unexpected end of stream\n/ if length $got < $len && !$partial;
    return $got;
}

sub readline {
    @_ == 1 || die(q/Usage: $handle->readline()/ . "\n");
    my ($self) = @_;
    while (1) {
        if ($self->{rbuf} =~ s/\A ([^\x0D\x0A]* \x0D?\x0A)//x) {
            return $1;
        }
        if (length $self->{rbuf} >= $self->{max_line_size}) {
            die qq/Line size exceeds the maximum allowed size of $self->{max_line_size}\n/;
        }
        last unless $self->_fill;
    }
    die qq/Unexpected end of stream while looking for line\n/;
}

sub read_header_lines {
    @_ == 1 || @_ == 2 || die(q/Usage: $handle->read_header_lines([headers])/ . "\n");
    my ($self, $headers) = @_;
    $headers ||= {};
    my ($lines, $val) = (0);
    while (1) {
        my $line = $self->readline;
        if (++$lines >= $self->{max_header_lines}) {
            die qq/Header lines exceeds maximum number allowed of $self->{max_header_lines}\n/;
        }
        if ($line =~ /\A ([^\x00-\x1F\x7F:]+) : [\x09\x20]* ([^\x0D\x0A]*)/x) {
            my $name = lc $1;
            if (exists $headers->{$name}) {
                $headers->{$name} = [ $headers->{$name} ] unless ref $headers->{$name};
                push @{ $headers->{$name} }, $2;
                $val = \$headers->{$name}[-1];
            } else {
                $headers->{$name} = $2;
                $val = \$headers->{$name};
            }
        } elsif ($line =~ /\A [\x09\x20]+ ([^\x0D\x0A]*)/x) {
            $val or die qq/Unexpected header continuation line\n/;
            next unless length $1;
            $$val .= ' ' if length $$val;
            $$val .= $1;
        } elsif ($line =~ /\A \x0D?\x0A \z/x) {
            last;
        } else {
            die q/Malformed header line: / . $printable->($line) . "\n";
        }
    }
    return $headers;
}

my %HEADER_CASE = (host => 'Host', 'user-agent' => 'User-Agent', connection => 'Connection',
    'content-length' => 'Content-Length', 'content-type' => 'Content-Type',
    'transfer-encoding' => 'Transfer-Encoding', cookie => 'Cookie', authorization => 'Authorization');

sub write_request {
    @_ == 2 || die(q/Usage: $handle->write_request(request)/ . "\n");
    my ($self, $request) = @_;
    my $head = "$request->{method} $request->{uri} HTTP/1.1\x0D\x0A";
    my $headers = $request->{headers};
    my $case = $request->{header_case} || {};
    my @order = ('host', grep { $_ ne 'host' } sort keys %$headers);
    for my $name (@order) {
        my $label = $case->{$name} || $HEADER_CASE{$name}
            || join '-', map { ucfirst } split /-/, $name;
        for my $v (ref $headers->{$name} eq 'ARRAY' ? @{ $headers->{$name} } : $headers->{$name}) {
            my $value = defined $v ? $v : '';
            die qq/Invalid HTTP header field value ($name): / . $printable->($value) . "\n"
                if $value =~ /[\x0D\x0A]/;
            $head .= "$label: $value\x0D\x0A";
        }
    }
    $self->write("$head\x0D\x0A");
    $self->write_body($request) if $request->{cb};
    return;
}

sub write_body {
    my ($self, $request) = @_;
    if ($request->{headers}{'content-length'}) {
        my $len = 0;
        while (1) {
            my $data = $request->{cb}->();
            last unless defined $data && length $data;
            $len += $self->write($data);
        }
        $len == $request->{headers}{'content-length'}
            or die qq/Content-Length mismatch (got: $len expected: $request->{headers}{'content-length'})\n/;
        return $len;
    }
    return 0 unless ($request->{headers}{'transfer-encoding'} || '') eq 'chunked';
    my $len = 0;
    while (1) {
        my $data = $request->{cb}->();
        last unless defined $data && length $data;
        $len += length $data;
        $self->write(sprintf("%X\x0D\x0A", length $data) . $data . "\x0D\x0A");
    }
    $self->write("0\x0D\x0A\x0D\x0A");
    return $len;
}

sub read_response_header {
    @_ == 1 || die(q/Usage: $handle->read_response_header()/ . "\n");
    my ($self) = @_;
    my $line = $self->readline;
    $line =~ /\A (HTTP\/(0*\d+\.0*\d+)) [\x09\x20]+ ([0-9]{3}) (?:[\x09\x20]+ ([^\x0D\x0A]*))? \x0D?\x0A/x
        or die q/Malformed Status-Line: / . $printable->($line) . "\n";
    my ($protocol, $version, $status, $reason) = ($1, $2, $3, $4);
    die qq/Unsupported HTTP protocol: $protocol\n/ unless $version =~ /0*1\.0*[01]/;
    return {
        status   => $status,
        reason   => defined $reason ? $reason : '',
        headers  => $self->read_header_lines,
        protocol => $protocol,
    };
}

# Read the body through $cb; true when its end was known (length or chunks).
sub read_body {
    @_ == 3 || die(q/Usage: $handle->read_body(callback, response)/ . "\n");
    my ($self, $cb, $response) = @_;
    my $te = $response->{headers}{'transfer-encoding'};
    my @te = ref $te eq 'ARRAY' ? @$te : defined $te ? ($te) : ();
    if (grep { /chunked/i } @te) {
        $self->read_chunked_body($cb, $response);
        return 1;
    }
    return $self->read_content_body($cb, $response);
}

sub read_content_body {
    my ($self, $cb, $response, $len) = @_;
    $len = $response->{headers}{'content-length'} unless defined $len;
    if (defined $len) {
        $len = $len->[0] if ref $len;
        while ($len > 0) {
            my $want = $len > $BUFSIZE ? $BUFSIZE : $len;
            $cb->($self->read($want, 0), $response);
            $len -= $want;
        }
        return 1;
    }
    while (1) {
        my $data = $self->read($BUFSIZE, 1);
        last unless length $data;
        $cb->($data, $response);
    }
    return 0;
}

sub read_chunked_body {
    my ($self, $cb, $response) = @_;
    while (1) {
        my $head = $self->readline;
        $head =~ /\A ([A-Fa-f0-9]+)/x
            or die q/Malformed chunk head: / . $printable->($head) . "\n";
        my $len = hex $1;
        last if $len == 0;
        $self->read_content_body($cb, $response, $len);
        $self->read(2) eq "\x0D\x0A"
            or die qq/Malformed chunk: missing CRLF after chunk data\n/;
    }
    $self->read_header_lines($response->{headers});
    return 1;
}

1;
