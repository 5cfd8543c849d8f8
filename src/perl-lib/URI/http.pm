package URI::http;
# http: URIs; port 80; an empty path is "/" in canonical form.
use strict;
use warnings;
require URI::_server;
our @ISA = ('URI::_server');
our $VERSION = '5.17';

sub default_port { 80 }

sub canonical {
    my $self = shift;
    my $other = $self->SUPER::canonical;
    my $path = $other->path;
    $other->path('/') if !defined $path || $path eq '';
    return $other;
}

1;
