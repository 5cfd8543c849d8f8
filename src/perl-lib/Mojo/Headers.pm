package Mojo::Headers;
# HTTP headers of a Mojo message: case-insensitive names, values in order.
use strict;
use warnings;

our $VERSION = '9.31';

sub new { return bless { headers => {}, names => {}, order => [] }, ref $_[0] || $_[0] }

sub add {
    my ($self, $name, @values) = @_;
    my $key = lc $name;
    push @{ $self->{order} }, $key unless $self->{headers}{$key};
    $self->{names}{$key} ||= $name;
    push @{ $self->{headers}{$key} }, @values;
    return $self;
}

sub header {
    my ($self, $name) = (shift, shift);
    return join ', ', @{ $self->{headers}{ lc $name } || return undef } unless @_;
    $self->remove($name);
    return $self->add($name, @_);
}

sub every_header { @{ $_[0]{headers}{ lc $_[1] } || [] } }

sub remove {
    my ($self, $name) = @_;
    my $key = lc $name;
    delete $self->{headers}{$key};
    delete $self->{names}{$key};
    @{ $self->{order} } = grep { $_ ne $key } @{ $self->{order} };
    return $self;
}

sub names { my $self = shift; return [ map { $self->{names}{$_} } @{ $self->{order} } ] }

sub to_hash {
    my ($self, $multi) = @_;
    return { map { $self->{names}{$_} => ($multi ? [ @{ $self->{headers}{$_} } ] : join(', ', @{ $self->{headers}{$_} })) } @{ $self->{order} } };
}

sub to_string {
    my $self = shift;
    return join "\x0d\x0a", map { my $k = $_; map { "$self->{names}{$k}: $_" } @{ $self->{headers}{$k} } } @{ $self->{order} };
}

for my $name (qw(Accept Accept-Encoding Authorization Connection Content-Length Content-Type Cookie
    Date ETag Host Last-Modified Location Server Set-Cookie Transfer-Encoding User-Agent)) {
    (my $method = lc $name) =~ tr/-/_/;
    no strict 'refs';
    *{__PACKAGE__ . "::$method"} = sub { shift->header($name => @_) };
}

1;
