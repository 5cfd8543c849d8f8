package LWP;
# The libwww-perl version and the user agent.
use strict;
use warnings;
our $VERSION = '6.68';
require LWP::UserAgent;
1;
