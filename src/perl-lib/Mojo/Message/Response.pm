package Mojo::Message::Response;
# An HTTP response of Mojo::UserAgent: code, message, headers, body, and
# the body read as text or JSON.
use strict;
use warnings;
use Carp ();
use Mojo::Headers;
use Mojo::JSON ();

our $VERSION = '9.31';
my %MESSAGES = (100 => 'Continue', 200 => 'OK', 201 => 'Created', 202 => 'Accepted',
    204 => 'No Content', 301 => 'Moved Permanently', 302 => 'Found', 303 => 'See Other',
    304 => 'Not Modified', 307 => 'Temporary Redirect', 308 => 'Permanent Redirect',
    400 => 'Bad Request', 401 => 'Unauthorized', 403 => 'Forbidden', 404 => 'Not Found',
    405 => 'Method Not Allowed', 408 => 'Request Timeout', 409 => 'Conflict', 410 => 'Gone',
    418 => "I'm a teapot", 422 => 'Unprocessable Entity', 429 => 'Too Many Requests',
    500 => 'Internal Server Error', 501 => 'Not Implemented', 502 => 'Bad Gateway',
    503 => 'Service Unavailable', 504 => 'Gateway Timeout');

sub new { my $class = shift; return bless { headers => Mojo::Headers->new, body => '', @_ }, $class }

sub code { my $self = shift; return $self->{code} unless @_; $self->{code} = shift; return $self }
sub message { my $self = shift; return $self->{message} unless @_; $self->{message} = shift; return $self }
sub version { my $self = shift; return $self->{version} || '1.1' unless @_; $self->{version} = shift; return $self }
sub headers { $_[0]{headers} }
sub body { my $self = shift; return $self->{body} unless @_; $self->{body} = shift; return $self }
sub default_message { my $self = shift; return $MESSAGES{ $_[0] || $self->{code} || 404 } || '' }
sub is_finished { $_[0]{finished} ? 1 : 0 }

sub error {
    my $self = shift;
    return $self->{error} unless @_;
    $self->{error} = shift;
    return $self;
}

sub text {
    my $self = shift;
    my $body = $self->{body};
    my $charset = ($self->headers->content_type || '') =~ /charset="?([\w\-]+)/i ? $1 : 'UTF-8';
    if ($charset =~ /^utf-?8$/i) { my $copy = $body; return utf8::decode($copy) ? $copy : $body }
    return $body;
}

sub json {
    my ($self, $pointer) = @_;
    my $data = $self->{json_cache} ||= [ Mojo::JSON::j($self->{body}) ];
    return $data->[0] unless defined $pointer;
    my $v = $data->[0];
    for my $part (grep { length } split m{/}, $pointer) {
        $part =~ s/~1/\//g;
        $part =~ s/~0/~/g;
        if (ref $v eq 'HASH') { return undef unless exists $v->{$part}; $v = $v->{$part} }
        elsif (ref $v eq 'ARRAY' && $part =~ /^\d+$/) { return undef unless $part < @$v; $v = $v->[$part] }
        else { return undef }
    }
    return $v;
}

sub save_to {
    my ($self, $path) = @_;
    open my $fh, '>', $path or Carp::croak(qq{Can't open file "$path": $!});
    binmode $fh;
    print {$fh} $self->{body};
    close $fh;
    return $self;
}

sub dom { Carp::croak('Mojo::DOM is not available on this machine') }

sub is_info { my $c = $_[0]{code}; defined $c && $c >= 100 && $c < 200 }
sub is_success { my $c = $_[0]{code}; defined $c && $c >= 200 && $c < 300 }
sub is_redirect { my $c = $_[0]{code}; defined $c && $c >= 300 && $c < 400 }
sub is_error { my $c = $_[0]{code}; defined $c && $c >= 400 && $c < 600 }
sub is_client_error { my $c = $_[0]{code}; defined $c && $c >= 400 && $c < 500 }
sub is_server_error { my $c = $_[0]{code}; defined $c && $c >= 500 && $c < 600 }
sub is_empty { my $c = $_[0]{code}; defined $c && ($c < 200 || $c == 204 || $c == 304) }

1;
