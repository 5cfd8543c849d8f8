package HTTP::Tiny;
# A small HTTP/1.1 client: one request at a time over a kept-alive
# connection, redirects, chunked bodies, timeouts on every wait. Failures
# come back as a response with status 599 and the reason in `content`.
use strict;
use warnings;

our $VERSION = '0.080';

my @ATTRIBUTES = qw(cookie_jar default_headers http_proxy https_proxy keep_alive
  local_address max_redirect max_size proxy no_proxy SSL_options verify_SSL);
my %IDEMPOTENT = map { $_ => 1 } qw(GET HEAD PUT DELETE OPTIONS TRACE);
my %DEFAULT_PORT = (http => 80, https => 443);

sub _croak { require Carp; Carp::croak(@_) }

for my $name (@ATTRIBUTES) {
    no strict 'refs';
    *{__PACKAGE__ . "::$name"} = sub {
        my $self = shift;
        $self->{$name} = shift if @_;
        return $self->{$name};
    };
}

sub agent {
    my $self = shift;
    if (@_) {
        my $agent = shift;
        $agent .= $self->_agent if defined $agent && $agent =~ / \z/;
        $self->{agent} = $agent;
    }
    return $self->{agent};
}

sub timeout {
    my $self = shift;
    if (@_) {
        $self->{timeout} = shift;
        $self->{handle}{timeout} = $self->{timeout} if $self->{handle};
    }
    return $self->{timeout};
}

sub _agent {
    my $class = ref($_[0]) || $_[0];
    (my $name = $class) =~ s{::}{-}g;
    return $name . '/' . ($class->VERSION || 0);
}

sub new {
    my ($class, %args) = @_;
    my $self = bless {
        max_redirect => 5,
        timeout      => 60,
        keep_alive   => 1,
        verify_SSL   => $args{verify_SSL} || $args{verify_ssl} || 0,
        no_proxy     => $ENV{no_proxy},
    }, $class;
    for my $key (@ATTRIBUTES, 'timeout') {
        $self->{$key} = $args{$key} if exists $args{$key};
    }
    $self->agent(exists $args{agent} ? $args{agent} : $class->_agent);
    $self->_check_cookie_jar($self->{cookie_jar}) if $self->{cookie_jar};
    return $self;
}

for my $method (qw(get head put post patch delete)) {
    my $verb = uc $method;
    no strict 'refs';
    *{"HTTP::Tiny::$method"} = sub {
        my ($self, $url, $args) = @_;
        @_ == 2 || (@_ == 3 && ref $args eq 'HASH')
            or _croak(qq/Usage: \$http->$method(URL, [HASHREF])/ . "\n");
        return $self->request($verb, $url, $args || {});
    };
}

sub post_form {
    my ($self, $url, $data, $args) = @_;
    (@_ == 3 || @_ == 4 && ref $args eq 'HASH')
        or _croak(q/Usage: $http->post_form(URL, DATAREF, [HASHREF])/ . "\n");
    my %headers;
    while (my ($k, $v) = each %{ $args->{headers} || {} }) { $headers{ lc $k } = $v }
    return $self->request('POST', $url, {
        %{ $args || {} },
        content => $self->www_form_urlencode($data),
        headers => { %headers, 'content-type' => 'application/x-www-form-urlencoded' },
    });
}

sub mirror {
    my ($self, $url, $file, $args) = @_;
    @_ == 3 || (@_ == 4 && ref $args eq 'HASH')
        or _croak(q/Usage: $http->mirror(URL, FILE, [HASHREF])/ . "\n");
    if (exists $args->{headers}) {
        my %headers = map { lc($_) => $args->{headers}{$_} } keys %{ $args->{headers} };
        $args->{headers} = \%headers;
    }
    if (-e $file and my $mtime = (stat $file)[9]) {
        $args->{headers}{'if-modified-since'} ||= $self->_http_date($mtime);
    }
    my $tempfile = $file . int(rand(2**31));
    my $fh;
    (!-e $tempfile && open($fh, '>', $tempfile))
        or _croak(qq/Error: Could not create temporary file $tempfile for downloading: $!\n/);
    binmode $fh;
    $args->{data_callback} = sub { print {$fh} $_[0] };
    my $response = $self->request('GET', $url, $args);
    close $fh or _croak(qq/Error: Caught error closing temporary file $tempfile: $!\n/);
    if ($response->{success}) {
        rename $tempfile, $file or _croak(qq/Error replacing $file with $tempfile: $!\n/);
        my $lm = $response->{headers}{'last-modified'};
        if ($lm and my $mtime = $self->_parse_http_date($lm)) { utime $mtime, $mtime, $file }
    }
    $response->{success} ||= $response->{status} eq '304';
    unlink $tempfile;
    return $response;
}

sub request {
    my ($self, $method, $url, $args) = @_;
    @_ == 3 || (@_ == 4 && ref $args eq 'HASH')
        or _croak(q/Usage: $http->request(METHOD, URL, [HASHREF])/ . "\n");
    $args ||= {};
    my $response;
    for (0 .. 1) {
        $response = eval { $self->_request($method, $url, $args) };
        last unless $@ && $IDEMPOTENT{$method}
            && $@ =~ m{^(?:Socket closed|Unexpected end|SSL read error)};
    }
    if (my $e = $@) {
        if (ref $e eq 'HASH' && exists $e->{status}) {
            $e->{redirects} = delete $args->{_redirects} if @{ $args->{_redirects} || [] };
            return $e;
        }
        $e = "$e";
        $response = {
            url     => $url,
            success => q{},
            status  => 599,
            reason  => 'Internal Exception',
            content => $e,
            headers => { 'content-type' => 'text/plain', 'content-length' => length $e },
            (@{ $args->{_redirects} || [] } ? (redirects => delete $args->{_redirects}) : ()),
        };
    }
    return $response;
}

sub www_form_urlencode {
    my ($self, $data) = @_;
    (@_ == 2 && ref $data)
        or _croak(q/Usage: $http->www_form_urlencode(DATAREF)/ . "\n");
    (ref $data eq 'HASH' || ref $data eq 'ARRAY')
        or _croak("form data must be a hash or array reference\n");
    my @params = ref $data eq 'HASH' ? %$data : @$data;
    @params % 2 == 0
        or _croak("form data reference must have an even number of terms\n");
    my @terms;
    while (my ($key, $value) = splice @params, 0, 2) {
        _croak('form data keys must not be undef') unless defined $key;
        for my $v (ref $value eq 'ARRAY' ? @$value : $value) {
            push @terms, join '=', map { $self->_uri_escape(defined $_ ? $_ : '') } $key, $v;
        }
    }
    return join '&', ref $data eq 'ARRAY' ? @terms : sort @terms;
}

sub can_ssl {
    my ($self) = @_;
    my ($ok, $reason) = (1, '');
    unless (eval { require IO::Socket::SSL; IO::Socket::SSL->VERSION(1.42); 1 }) {
        $ok = 0;
        $reason .= qq/IO::Socket::SSL 1.42 must be installed for https support\n/;
    }
    unless (eval { require Net::SSLeay; Net::SSLeay->VERSION(1.49); 1 }) {
        $ok = 0;
        $reason .= qq/Net::SSLeay 1.49 must be installed for https support\n/;
    }
    return wantarray ? ($ok, $reason) : $ok;
}

sub connected {
    my ($self) = @_;
    my $h = $self->{handle} or return;
    return unless $h->{fh} && defined getpeername($h->{fh});
    my ($port, $addr) = Socket::unpack_sockaddr_in(getpeername($h->{fh}));
    return wantarray ? (Socket::inet_ntoa($addr), $port) : Socket::inet_ntoa($addr) . ":$port";
}

# ---- one exchange ----

sub _request {
    my ($self, $method, $url, $args) = @_;
    my ($scheme, $host, $port, $path_query, $auth) = $self->_split_url($url);
    die qq/Unsupported URL scheme '$scheme'\n/ unless $DEFAULT_PORT{$scheme};
    if ($scheme eq 'https') {
        my ($ok, $reason) = $self->can_ssl;
        die $reason unless $ok;
    }
    my $request = {
        method    => $method,
        scheme    => $scheme,
        host      => $host,
        port      => $port,
        host_port => ($port == $DEFAULT_PORT{$scheme} ? $host : "$host:$port"),
        uri       => $path_query,
        headers   => {},
    };
    my $peer = $args->{peer} || $host;
    my $handle = $self->{handle};
    unless ($handle && $handle->can_reuse($scheme, $host, $port, $peer)) {
        $handle->close if $handle;
        delete $self->{handle};
        $handle = HTTP::Tiny::Handle->new(timeout => $self->{timeout}, keep_alive => $self->{keep_alive},
            verify_SSL => $self->{verify_SSL}, SSL_options => $self->{SSL_options} || {});
        $handle->connect($scheme, $host, $port, $peer);
    }
    $self->_prepare_headers($request, $args, $url, $auth);
    $handle->write_request($request);

    my $response;
    do { $response = $handle->read_response_header }
        until substr($response->{status}, 0, 1) ne '1';
    $self->_update_cookie_jar($url, $response) if $self->{cookie_jar};
    my @redirect = $self->_maybe_redirect($request, $response, $args);

    my $known_length;
    if ($method eq 'HEAD' || $response->{status} =~ /^[23]04/) {
        $known_length = 1;
    } else {
        my $cb = $self->_prepare_data_cb($response, @redirect ? {} : $args);
        $known_length = $handle->read_body($cb, $response);
    }
    my $conn = $response->{headers}{connection} || '';
    if ($self->{keep_alive} && $known_length
        && ($response->{protocol} eq 'HTTP/1.1' ? $conn ne 'close' : $conn eq 'keep-alive')) {
        $self->{handle} = $handle;
    } else {
        $handle->close;
        delete $self->{handle};
    }
    $response->{success} = substr($response->{status}, 0, 1) eq '2';
    $response->{url} = $url;
    if (@redirect) {
        push @{ $args->{_redirects} }, $response;
        return $self->_request(@redirect, $args);
    }
    $response->{redirects} = delete $args->{_redirects} if @{ $args->{_redirects} || [] };
    return $response;
}

sub _prepare_headers {
    my ($self, $request, $args, $url, $auth) = @_;
    my (%headers, %case);
    for my $set ($self->{default_headers}, $args->{headers}) {
        next unless $set;
        while (my ($k, $v) = each %$set) {
            $headers{ lc $k } = $v;
            $case{ lc $k } = $k;
        }
    }
    die qq/The 'Host' header must not be provided as header option\n/ if exists $headers{host};
    $request->{headers} = \%headers;
    $request->{header_case} = \%case;
    $headers{host} = $request->{host_port};
    $headers{'user-agent'} ||= $self->{agent} if defined $self->{agent};
    $headers{connection} = 'close' unless $self->{keep_alive};
    if (defined(my $content = $args->{content})) {
        if (ref $content eq 'CODE') {
            $headers{'transfer-encoding'} = 'chunked' unless exists $headers{'content-length'};
            $request->{cb} = $content;
        } else {
            utf8::downgrade($content, 1) or die qq/Wide character in request message body\n/;
            $headers{'content-length'} = length $content;
            $request->{cb} = sub { my $c = $content; undef $content; $c };
        }
        $headers{'content-type'} ||= 'application/octet-stream';
    } elsif ($request->{method} eq 'POST' || $request->{method} eq 'PUT') {
        $headers{'content-length'} = 0;
    }
    if ($args->{trailer_callback}) { $request->{trailer_cb} = $args->{trailer_callback} }
    if ($self->{cookie_jar}) {
        my $cookies = $self->{cookie_jar}->cookie_header($url);
        $headers{cookie} = $cookies if length $cookies;
    }
    if (length $auth && !exists $headers{authorization}) {
        $auth =~ s/%([0-9A-Fa-f]{2})/chr hex $1/ge;
        $headers{authorization} = 'Basic ' . _base64($auth);
    }
    return;
}

sub _prepare_data_cb {
    my ($self, $response, $args) = @_;
    my $cb = $args->{data_callback};
    $response->{content} = '';
    if (!$cb || $response->{status} !~ /^2/) {
        if (defined(my $max = $self->{max_size})) {
            $cb = sub {
                $_[1]{content} .= $_[0];
                die qq/Size of response body exceeds the maximum allowed of $max\n/
                    if length $_[1]{content} > $max;
            };
        } else {
            $cb = sub { $_[1]{content} .= $_[0] };
        }
    }
    return $cb;
}

sub _maybe_redirect {
    my ($self, $request, $response, $args) = @_;
    my $headers = $response->{headers};
    my ($status, $method) = ($response->{status}, $request->{method});
    $args->{_redirects} ||= [];
    if (($status eq '303' || ($status =~ /^30[1278]/ && $method =~ /^(?:GET|HEAD)$/))
        && $headers->{location}
        && @{ $args->{_redirects} } < $self->{max_redirect}) {
        my $loc = $headers->{location};
        $loc = "$request->{scheme}://$request->{host_port}$loc" if $loc =~ m{^/};
        return ($status eq '303' ? 'GET' : $method, $loc);
    }
    return;
}

sub _split_url {
    my ($self, $url) = @_;
    my ($scheme, $authority, $path_query) = $url =~ m<\A([^:/?#]+)://([^/?#]*)([^#]*)>
        or die qq/Cannot parse URL: '$url'\n/;
    $scheme = lc $scheme;
    $path_query = "/$path_query" unless $path_query =~ m<\A/>;
    my $auth = '';
    if ((my $i = rindex $authority, '@') != -1) {
        $auth = substr $authority, 0, $i, '';
        $authority = substr $authority, 1;
    }
    my $port = $authority =~ s/:(\d*)\z// && length $1 ? $1 : $DEFAULT_PORT{$scheme};
    return ($scheme, lc $authority, $port, $path_query, $auth);
}

sub _check_cookie_jar {
    my ($self, $jar) = @_;
    for my $method (qw(add cookie_header)) {
        _croak(qq/Cookie jar must provide the '$method' method\n/)
            unless ref $jar && ref($jar)->can($method);
    }
    return;
}

sub _update_cookie_jar {
    my ($self, $url, $response) = @_;
    my $set = $response->{headers}{'set-cookie'} or return;
    $self->{cookie_jar}->add($url, $_) for ref $set ? @$set : $set;
    return;
}

sub _uri_escape {
    my ($self, $str) = @_;
    utf8::encode($str);
    $str =~ s/([^A-Za-z0-9\-\._~ ])/sprintf('%%%02X', ord $1)/ge;
    $str =~ tr/ /+/;
    return $str;
}

sub _base64 {
    my ($bytes) = @_;
    require MIME::Base64;
    return MIME::Base64::encode_base64($bytes, '');
}

my @DAYS = qw(Sun Mon Tue Wed Thu Fri Sat);
my @MONTHS = qw(Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec);

sub _http_date {
    my ($self, $time) = @_;
    my @t = gmtime $time;
    return sprintf '%s, %02d %s %04d %02d:%02d:%02d GMT',
        $DAYS[$t[6]], $t[3], $MONTHS[$t[4]], $t[5] + 1900, $t[2], $t[1], $t[0];
}

sub _parse_http_date {
    my ($self, $str) = @_;
    my %mon = map { $MONTHS[$_] => $_ } 0 .. 11;
    my ($d, $m, $y, $H, $M, $S) = $str =~ /(\d{1,2})[- ](\w{3})[- ](\d{2,4}) (\d\d):(\d\d):(\d\d)/
        or return;
    return unless exists $mon{$m};
    $y += $y < 70 ? 2000 : 1900 if $y < 100;
    require POSIX;
    my $days = 0;
    my @mdays = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
    for my $yy (1970 .. $y - 1) { $days += ($yy % 4 == 0 && $yy % 100 != 0 || $yy % 400 == 0) ? 366 : 365 }
    for my $mm (0 .. $mon{$m} - 1) {
        $days += $mdays[$mm] + ($mm == 1 && ($y % 4 == 0 && $y % 100 != 0 || $y % 400 == 0) ? 1 : 0);
    }
    return (($days + $d - 1) * 24 + $H) * 3600 + $M * 60 + $S;
}

require HTTP::Tiny::Handle;

1;
