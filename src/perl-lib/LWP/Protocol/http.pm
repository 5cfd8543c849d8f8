package LWP::Protocol::http;
# The http: transport of LWP::UserAgent: one HTTP/1.1 exchange per
# connection ("Connection: close"), every wait bounded by the agent's
# timeout. Failures die; the agent turns them into 500 responses.
use strict;
use warnings;
use IO::Socket::INET;
use Socket qw(inet_aton);
use Errno qw(EINTR);
use HTTP::Response;

our $VERSION = '6.68';

sub _fail { my ($msg) = @_; die "$msg at " . __FILE__ . ' line ' . (caller)[2] . ".\n" }

sub request {
    my ($class, $request, $ua, $arg, $size) = @_;
    my $uri = $request->uri;
    my ($host, $port) = ($uri->host, $uri->port);
    my $timeout = $ua->timeout;
    my $sock;
    if (!inet_aton($host)) {
        my $why = 'Name or service not known';
        die "Can't connect to $host:$port ($why)\n\n$why at " . __FILE__ . ' line ' . __LINE__ . ".\n";
    }
    $sock = $class->_new_socket($host, $port, $timeout, $ua);
    binmode $sock;
    my $self = bless { sock => $sock, timeout => $timeout, buf => '' }, $class;
    $self->_write_request($request);
    my $response = $self->_read_response($request, $ua);
    $self->_annotate($response);
    close $sock;
    $response->header('Client-Peer' => "$host:$port");
    $response->header('Client-Response-Num' => 1);
    return $response;
}

# A connected socket, or die with LWP's "Can't connect" text.
sub _new_socket {
    my ($class, $host, $port, $timeout) = @_;
    my $sock = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp', Timeout => $timeout);
    unless ($sock) {
        my $why = "$!" || 'Connection failed';
        die "Can't connect to $host:$port ($why)\n\n$why at " . __FILE__ . ' line ' . __LINE__ . ".\n";
    }
    return $sock;
}

# Headers the transport adds to a response (https: the Client-SSL-* ones).
sub _annotate { return }

sub _write_request {
    my ($self, $request) = @_;
    my $uri = $request->uri;
    my $path = $uri->path_query;
    $path = '/' unless length $path;
    my $h = $request->headers->clone;
    my $host = $uri->host;
    $host .= ':' . $uri->port if $uri->port != $uri->default_port;
    $h->init_header(Host => $host);
    $h->header(TE => 'deflate,gzip;q=0.3');
    $h->header(Connection => 'TE, close');
    my $content = $request->content;
    $content = '' unless defined $content;
    $h->header('Content-Length' => length $content)
        if length $content || $request->method =~ /^(?:POST|PUT|PATCH)$/;
    my $text = $request->method . " $path HTTP/1.1\r\n";
    $h->scan(sub { $text .= "$_[0]: $_[1]\r\n" });
    $text .= "\r\n" . $content;
    local $SIG{PIPE} = 'IGNORE';
    my $off = 0;
    while ($off < length $text) {
        $self->_wait(1) or _fail('write timeout');
        my $n = $self->{sock}->syswrite($text, length($text) - $off, $off);
        unless (defined $n) { next if $! == EINTR; _fail("write failed: $!") }
        $off += $n;
    }
    return;
}

sub _wait {
    my ($self, $write) = @_;
    my $vec = '';
    vec($vec, fileno $self->{sock}, 1) = 1;
    my $n = $write ? select(undef, $vec, undef, $self->{timeout}) : select($vec, undef, undef, $self->{timeout});
    return $n > 0 || ($n < 0 && $! == EINTR);
}

# More bytes into the buffer; 0 at end of stream.
sub _fill {
    my ($self) = @_;
    ($self->{sock}->can('pending') && $self->{sock}->pending) || $self->_wait(0) or _fail('read timeout');
    my $n = $self->{sock}->sysread($self->{buf}, 8192, length $self->{buf});
    return $self->_fill if !defined $n && $! == EINTR;
    _fail("read failed: $!") unless defined $n;
    return $n;
}

sub _line {
    my ($self) = @_;
    while ($self->{buf} !~ /\n/) { return undef unless $self->_fill }
    $self->{buf} =~ s/^(.*?)\r?\n//;
    return $1;
}

sub _read_response {
    my ($self, $request, $ua) = @_;
    my $status = $self->_line;
    unless (defined $status) {
        my $err = $! ? "Status read failed: $!" : 'Server closed connection without sending any data back';
        _fail($err);
    }
    my ($proto, $code, $msg) = $status =~ m{^(HTTP/\d+\.\d+)\s+(\d{3})\s*(.*)$}
        or _fail("Bad response status line: '$status'");
    my @headers;
    while (defined(my $line = $self->_line)) {
        last if $line eq '';
        if ($line =~ /^([^:\s]+)\s*:\s*(.*)$/) { push @headers, $1, $2 }
        elsif ($line =~ /^\s+(.*)$/ && @headers) { $headers[-1] .= " $1" }
    }
    my $response = HTTP::Response->new($code, $msg, \@headers);
    $response->protocol($proto);
    return $response if $request->method eq 'HEAD' || $code =~ /^(?:1\d\d|204|304)$/;
    my $te = $response->header('Transfer-Encoding') || '';
    my $body = '';
    if ($te =~ /chunked/i) {
        while (defined(my $head = $self->_line)) {
            my $len = hex(($head =~ /^([0-9A-Fa-f]+)/)[0] || 0);
            last if $len == 0;
            while (length $self->{buf} < $len + 2) { last unless $self->_fill }
            $body .= substr $self->{buf}, 0, $len, '';
            $self->{buf} =~ s/^\r?\n//;
        }
        while (defined(my $line = $self->_line)) { last if $line eq '' }
        $response->remove_header('Transfer-Encoding') if 0;
    } elsif (defined(my $len = $response->header('Content-Length'))) {
        while (length $self->{buf} < $len) { last unless $self->_fill }
        $body = substr $self->{buf}, 0, $len;
    } else {
        while ($self->_fill) { }
        $body = $self->{buf};
    }
    my $max = $ua->max_size;
    if (defined $max && length $body > $max) {
        $body = substr $body, 0, $max;
        $response->header('Client-Aborted' => 'max_size');
    }
    $response->content($body);
    return $response;
}

1;
