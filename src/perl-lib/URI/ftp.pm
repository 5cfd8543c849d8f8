package URI::ftp;
# ftp: URIs; port 21.
use strict;
use warnings;
require URI::_server;
our @ISA = ('URI::_server');
our $VERSION = '5.17';

sub default_port { 21 }

1;
