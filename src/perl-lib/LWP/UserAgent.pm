package LWP::UserAgent;
# A web user agent: builds requests, sends them over HTTP/1.1 (one
# connection per request), follows redirects for the methods allowed, keeps
# cookies in a jar and turns transport failures into "500" responses that
# carry a Client-Warning of "Internal response".
use strict;
use warnings;
use Carp ();
use HTTP::Request;
use HTTP::Response;
use HTTP::Headers;
use HTTP::Status ();
use URI;
use HTTP::Tiny ();
require LWP::Protocol::http;

our $VERSION = '6.68';

sub new {
    my ($class, @args) = @_;
    my %cnf = @args == 1 && ref $args[0] ? %{ $args[0] } : @args;
    my $self = bless {
        def_headers           => HTTP::Headers->new,
        max_redirect          => 7,
        timeout               => 180,
        requests_redirectable => [qw(GET HEAD)],
        protocols_forbidden   => undef,
        protocols_allowed     => undef,
        max_size              => undef,
        show_progress         => 0,
    }, $class;
    $self->{def_headers} = delete($cnf{default_headers})->clone if $cnf{default_headers};
    $self->agent(exists $cnf{agent} ? delete $cnf{agent} : $class->_agent);
    $self->from(delete $cnf{from}) if exists $cnf{from};
    for my $key (qw(max_redirect timeout max_size requests_redirectable protocols_allowed
        protocols_forbidden show_progress parse_head local_address ssl_opts conn_cache
        keep_alive send_te max_line_length)) {
        $self->{$key} = delete $cnf{$key} if exists $cnf{$key};
    }
    $self->cookie_jar(delete $cnf{cookie_jar}) if exists $cnf{cookie_jar};
    delete @cnf{qw(proxy env_proxy no_proxy)};
    Carp::carp("Unrecognized LWP::UserAgent options: @{[sort keys %cnf]}") if %cnf && $^W;
    return $self;
}

sub _elem {
    my ($self, $name) = (shift, shift);
    my $old = $self->{$name};
    $self->{$name} = shift if @_;
    return $old;
}

sub _agent { "libwww-perl/$VERSION" }
sub timeout { shift->_elem('timeout', @_) }
sub max_size { shift->_elem('max_size', @_) }
sub max_redirect { shift->_elem('max_redirect', @_) }
sub show_progress { shift->_elem('show_progress', @_) }
sub local_address { shift->_elem('local_address', @_) }
sub parse_head { shift->_elem('parse_head', @_) }
sub conn_cache { shift->_elem('conn_cache', @_) }
sub protocols_allowed { shift->_elem('protocols_allowed', @_) }
sub protocols_forbidden { shift->_elem('protocols_forbidden', @_) }
sub ssl_opts {
    my $self = shift;
    return sort keys %{ $self->{ssl_opts} || {} } unless @_;
    my $key = shift;
    my $old = $self->{ssl_opts}{$key};
    $self->{ssl_opts}{$key} = shift if @_;
    return $old;
}
sub proxy { return }
sub env_proxy { return }
sub no_proxy { return }

sub requests_redirectable {
    my $self = shift;
    my $old = $self->{requests_redirectable};
    $self->{requests_redirectable} = shift if @_;
    return wantarray ? @{ $old || [] } : $old;
}

sub agent {
    my $self = shift;
    if (@_) {
        my $agent = shift;
        $agent .= $self->_agent if defined $agent && $agent =~ / \z/;
        return $self->{def_headers}->header('User-Agent', $agent);
    }
    return $self->{def_headers}->header('User-Agent');
}

sub from { shift->{def_headers}->header('From', @_) }
sub default_headers { my $self = shift; my $old = $self->{def_headers}; $self->{def_headers} = shift if @_; return $old }
sub default_header { shift->{def_headers}->header(@_) }

sub cookie_jar {
    my $self = shift;
    my $old = $self->{cookie_jar};
    if (@_) {
        my $jar = shift;
        if (ref $jar eq 'HASH') { require HTTP::Cookies; $jar = HTTP::Cookies->new(%$jar) }
        $self->{cookie_jar} = $jar;
    }
    return $old;
}

sub is_online { 1 }
sub is_protocol_supported {
    my ($self, $scheme) = @_;
    $scheme = $scheme->scheme if ref $scheme;
    return $scheme =~ /^https?$/i ? 1 : 0;
}

sub _request_with {
    my ($self, $method, @args) = @_;
    require HTTP::Request::Common;
    my @suff = $self->_process_colonic_headers(\@args, $method eq 'GET' || $method eq 'HEAD' || $method eq 'DELETE' ? 1 : 2);
    no strict 'refs';
    return $self->request(&{"HTTP::Request::Common::$method"}(@args), @suff);
}

sub _process_colonic_headers {
    my ($self, $args, $start) = @_;
    my ($arg, $size);
    for (my $i = $start; $i < @$args; $i += 2) {
        next unless defined $args->[$i] && $args->[$i] =~ /^:/;
        my ($name, $val) = splice @$args, $i, 2;
        $i -= 2;
        if ($name eq ':content_file' || $name eq ':content_cb') { $arg = $val }
        elsif ($name eq ':read_size_hint') { $size = $val }
    }
    return ($arg, $size);
}

sub get { my $self = shift; return $self->_request_with('GET', @_) }
sub head { my $self = shift; return $self->_request_with('HEAD', @_) }
sub post { my $self = shift; return $self->_request_with('POST', @_) }
sub put { my $self = shift; return $self->_request_with('PUT', @_) }
sub patch { my $self = shift; return $self->_request_with('PATCH', @_) }
sub delete { my $self = shift; return $self->_request_with('DELETE', @_) }

sub prepare_request {
    my ($self, $request) = @_;
    Carp::croak('Request must be an HTTP::Request object') unless ref $request && $request->isa('HTTP::Request');
    $request->method('GET') unless defined $request->method;
    $self->{def_headers}->scan(sub { $request->init_header(@_) });
    $self->{cookie_jar}->add_cookie_header($request) if $self->{cookie_jar};
    return $request;
}

sub simple_request {
    my ($self, $request, $arg, $size) = @_;
    $self->prepare_request($request);
    return $self->send_request($request, $arg, $size);
}

sub send_request {
    my ($self, $request, $arg, $size) = @_;
    my $uri = $request->uri;
    my $response;
    if (!defined $uri || !length "$uri") {
        $response = _new_response($request, 400, 'Missing URL in request');
    } elsif (!defined $uri->scheme) {
        $response = _new_response($request, 400, "URL must be absolute");
    } elsif ($uri->scheme !~ /^https?$/) {
        my $scheme = $uri->scheme;
        $response = _new_response($request, 501, "Protocol scheme '$scheme' is not supported");
    } elsif ($uri->scheme eq 'https' && !eval { require LWP::Protocol::https; 1 }) {
        $response = _new_response($request, 501,
            "Protocol scheme 'https' is not supported (LWP::Protocol::https not installed)");
    } else {
        my $proto = $uri->scheme eq 'https' ? 'LWP::Protocol::https' : 'LWP::Protocol::http';
        $response = eval { $proto->request($request, $self, $arg, $size) };
        if (my $e = $@) {
            (my $msg = $e) =~ s/\s+at\s.*\n\z//s;
            $msg =~ s/\n.*//s;
            $response = _new_response($request, HTTP::Status::HTTP_INTERNAL_SERVER_ERROR(), $msg, $e);
        }
    }
    $response->request($request);
    $self->{cookie_jar}->extract_cookies($response) if $self->{cookie_jar};
    $response->header('Client-Date' => HTTP::Tiny->_http_date(time)) unless $response->header('Client-Date');
    $self->_save_content($response, $arg) if defined $arg && !ref $arg && $response->is_success;
    return $response;
}

sub _save_content {
    my ($self, $response, $file) = @_;
    open my $fh, '>', $file or return;
    binmode $fh;
    print {$fh} $response->content;
    close $fh;
    $response->content('');
    return;
}

sub _new_response {
    my ($request, $code, $message, $content) = @_;
    my $response = HTTP::Response->new($code, $message);
    $response->request($request);
    $response->header('Content-Type' => 'text/plain');
    require HTTP::Tiny;
    $response->header('Client-Date' => HTTP::Tiny->_http_date(time));
    $response->header('Client-Warning' => 'Internal response');
    $content = "$message\n" unless defined $content;
    $response->content($content);
    return $response;
}

sub request {
    my ($self, $request, $arg, $size, $previous) = @_;
    my $response = $self->simple_request($request, $arg, $size);
    $response->previous($previous) if $previous;
    if (scalar(my @r = $response->redirects) >= $self->{max_redirect}) {
        $response->header('Client-Warning' => "Redirect loop detected (max_redirect = $self->{max_redirect})")
            if $response->header('Location');
        return $response;
    }
    my $code = $response->code;
    return $response unless $code =~ /^30[12378]$/;
    my $referral = $request->clone;
    $referral->remove_header('Host', 'Cookie');
    if (($code == 303 && $request->method ne 'HEAD')
        || (($code == 301 || $code == 302) && $request->method eq 'POST')) {
        $referral->method('GET');
        $referral->content('');
        $referral->remove_content_headers;
    }
    my $location = $response->header('Location');
    return $response unless defined $location;
    my $base = $response->base;
    $referral->uri(URI->new($location, $base)->abs($base));
    return $response unless $self->redirect_ok($referral, $response);
    return $self->request($referral, $arg, $size, $response);
}

sub redirect_ok {
    my ($self, $new_request, $response) = @_;
    my $method = $response->request->method;
    return 0 unless grep { $_ eq $method } @{ $self->{requests_redirectable} || [] };
    if (($new_request->uri->scheme || '') eq 'file') {
        $response->header('Client-Warning' => "Can't redirect to a file:// URL!");
        return 0;
    }
    return 1;
}

sub mirror {
    my ($self, $url, $file) = @_;
    my $request = HTTP::Request->new('GET', $url);
    if (-e $file) {
        my $mtime = (stat $file)[9];
        require HTTP::Tiny;
        $request->header('If-Modified-Since' => HTTP::Tiny->_http_date($mtime)) if $mtime;
    }
    my $response = $self->request($request);
    if ($response->is_success) {
        open my $fh, '>', $file or die "Cannot write $file: $!";
        binmode $fh;
        print {$fh} $response->content;
        close $fh;
    }
    return $response;
}

sub clone {
    my $self = shift;
    my $copy = bless {%$self}, ref $self;
    $copy->{def_headers} = $self->{def_headers}->clone;
    delete $copy->{cookie_jar};
    return $copy;
}

1;
