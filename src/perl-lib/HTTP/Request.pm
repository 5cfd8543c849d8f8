package HTTP::Request;
# A request: method, URI (a URI object) and the message.
use strict;
use warnings;
use HTTP::Message;

our $VERSION = '6.44';
our @ISA = ('HTTP::Message');

sub new {
    my ($class, $method, $uri, $header, $content) = @_;
    my $self = $class->SUPER::new($header, $content);
    $self->method($method);
    $self->uri($uri);
    return $self;
}

sub parse {
    my ($class, $str) = @_;
    my $line = $str =~ s/^(.*)\n// ? $1 : $str;
    $line =~ s/\r\z//;
    my $self = $class->SUPER::parse($str);
    my ($method, $uri, $proto) = split ' ', $line;
    $self->method($method);
    $self->uri($uri) if defined $uri;
    $self->protocol($proto) if $proto;
    return $self;
}

sub method { my $self = shift; my $old = $self->{_method}; $self->{_method} = shift if @_; return $old }

sub uri {
    my $self = shift;
    my $old = $self->{_uri};
    if (@_) {
        my $uri = shift;
        if (!defined $uri) { delete $self->{_uri} }
        elsif (ref $uri) { $self->{_uri} = $uri->clone }
        else { require URI; $self->{_uri} = URI->new($uri) }
    }
    return $old;
}
*url = \&uri;

sub accept_decodable { my $self = shift; $self->header('Accept-Encoding' => 'identity'); return }

sub _start_line {
    my $self = shift;
    my $uri = $self->{_uri};
    return join ' ', map { defined $_ ? $_ : '-' } $self->method, defined $uri ? $uri->as_string : undef,
        ($self->protocol ? $self->protocol : ());
}

sub as_string {
    my ($self, $eol) = @_;
    $eol = "\n" unless defined $eol;
    my $req = $self->method;
    $req = '-' unless defined $req;
    my $uri = $self->{_uri} ? $self->{_uri}->as_string : '-';
    my $line = "$req $uri";
    $line .= ' ' . $self->protocol if $self->protocol;
    return join $eol, $line, $self->SUPER::as_string(@_[1 .. $#_]);
}

sub clone {
    my $self = shift;
    my $clone = $self->SUPER::clone;
    $clone->method($self->method);
    $clone->uri($self->uri);
    return $clone;
}

1;
