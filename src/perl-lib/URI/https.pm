package URI::https;
# https: URIs; port 443, secure.
use strict;
use warnings;
require URI::http;
our @ISA = ('URI::http');
our $VERSION = '5.17';

sub default_port { 443 }
sub secure { 1 }

1;
