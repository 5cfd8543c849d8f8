package Mojo::Transaction::HTTP;
# One request and its response. result() gives the response or dies with
# the connection error; error() also reports 4xx/5xx responses.
use strict;
use warnings;
use Carp ();
use Mojo::Message::Request;
use Mojo::Message::Response;

our $VERSION = '9.31';

sub new { my $class = shift; return bless { req => Mojo::Message::Request->new, res => Mojo::Message::Response->new, @_ }, $class }
sub req { $_[0]{req} }
sub res { $_[0]{res} }
sub previous { my $self = shift; return $self->{previous} unless @_; $self->{previous} = shift; return $self }
sub redirects { my $self = shift; my @r; my $p = $self; unshift @r, $p while $p = $p->{previous}; return \@r }
sub kept_alive { 0 }
sub is_finished { $_[0]{finished} ? 1 : 0 }

sub error {
    my $self = shift;
    my $res = $self->{res};
    return $res->error if $res->error;
    return undef unless $res->is_error;
    return { code => $res->code, message => $res->message };
}

sub result {
    my $self = shift;
    my $err = $self->{res}->error;
    Carp::croak($err->{message} || 'Unknown error') if $err && !$err->{code};
    return $self->{res};
}


1;
