package File::Spec;
# Portable file name operations; on this system the Unix rules.
use strict;
use warnings;
require File::Spec::Unix;

our $VERSION = '3.84';
our @ISA = ('File::Spec::Unix');

1;
