package HTTP::Response;
# A response: code, message, the request it answers and the previous
# response of a redirect chain.
use strict;
use warnings;
use HTTP::Message;
use HTTP::Status ();

our $VERSION = '6.44';
our @ISA = ('HTTP::Message');

sub new {
    my ($class, $rc, $msg, $header, $content) = @_;
    my $self = $class->SUPER::new($header, $content);
    $self->code($rc);
    $self->message($msg);
    return $self;
}

sub parse {
    my ($class, $str) = @_;
    my $line = $str =~ s/^(.*)\n// ? $1 : $str;
    $line =~ s/\r\z//;
    my $self = $class->SUPER::parse($str);
    my ($protocol, $code, $message);
    if ($line =~ /^\d{3} /) { ($code, $message) = split ' ', $line, 2 }
    else { ($protocol, $code, $message) = split ' ', $line, 3 }
    $self->protocol($protocol) if $protocol;
    $self->code($code) if defined $code;
    $self->message($message) if defined $message;
    return $self;
}

sub code { my $self = shift; my $old = $self->{_rc}; $self->{_rc} = shift if @_; return $old }
sub message { my $self = shift; my $old = $self->{_msg}; $self->{_msg} = shift if @_; return $old }
sub request { my $self = shift; my $old = $self->{_request}; $self->{_request} = shift if @_; return $old }
sub previous { my $self = shift; my $old = $self->{_previous}; $self->{_previous} = shift if @_; return $old }

sub status_line {
    my $self = shift;
    my $code = defined $self->{_rc} ? $self->{_rc} : '000';
    my $msg = defined $self->{_msg} ? $self->{_msg} : HTTP::Status::status_message($code) || 'Unknown code';
    return "$code $msg";
}

sub base {
    my $self = shift;
    my $base = $self->header('Content-Base') || $self->header('Content-Location') || $self->header('Base');
    my $req = $self->request;
    require URI;
    return $req ? URI->new_abs($base, $req->uri) : URI->new($base) if $base;
    return $req ? $req->uri : undef;
}

sub redirects {
    my $self = shift;
    my @r;
    my $r = $self;
    while (my $p = $r->previous) { unshift @r, $p; $r = $p }
    return @r unless wantarray;
    return @r;
}

sub filename {
    my $self = shift;
    my $cd = $self->header('Content-Disposition');
    return $1 if $cd && $cd =~ /filename\s*=\s*"?([^";]+)"?/;
    my $uri = $self->request ? $self->request->uri : undef;
    return undef unless $uri;
    my @seg = grep { length } split m{/}, $uri->path;
    return $uri->path =~ m{/\z} ? undef : $seg[-1];
}

sub is_info { HTTP::Status::is_info($_[0]{_rc}) }
sub is_success { HTTP::Status::is_success($_[0]{_rc}) }
sub is_redirect { HTTP::Status::is_redirect($_[0]{_rc}) }
sub is_error { HTTP::Status::is_error($_[0]{_rc}) }
sub is_client_error { HTTP::Status::is_client_error($_[0]{_rc}) }
sub is_server_error { HTTP::Status::is_server_error($_[0]{_rc}) }

sub error_as_HTML {
    my $self = shift;
    my $title = 'An Error Occurred';
    my $body = $self->status_line;
    $body =~ s/&/&amp;/g;
    $body =~ s/</&lt;/g;
    return "<html>\n<head><title>$title</title></head>\n<body>\n<h1>$title</h1>\n<p>$body</p>\n</body>\n</html>\n";
}

sub _start_line {
    my $self = shift;
    return join ' ', ($self->protocol ? $self->protocol : ()), $self->status_line;
}

sub as_string {
    my ($self, $eol) = @_;
    $eol = "\n" unless defined $eol;
    my $line = $self->_start_line;
    return join $eol, $line, $self->SUPER::as_string(@_[1 .. $#_]);
}

sub clone {
    my $self = shift;
    my $clone = $self->SUPER::clone;
    $clone->code($self->code);
    $clone->message($self->message);
    $clone->request($self->request->clone) if $self->request;
    return $clone;
}

1;
