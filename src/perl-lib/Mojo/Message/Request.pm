package Mojo::Message::Request;
# An HTTP request of Mojo::UserAgent: method, URL string, headers, body.
use strict;
use warnings;
use Mojo::Headers;

our $VERSION = '9.31';

sub new { my $class = shift; return bless { headers => Mojo::Headers->new, body => '', method => 'GET', @_ }, $class }
sub method { my $self = shift; return $self->{method} unless @_; $self->{method} = shift; return $self }
sub url { my $self = shift; return $self->{url} unless @_; $self->{url} = shift; return $self }
sub headers { $_[0]{headers} }
sub body { my $self = shift; return $self->{body} unless @_; $self->{body} = shift; return $self }

1;
