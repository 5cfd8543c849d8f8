package IO::Async::Loop::Poll;
# The default loop class (IO::Async::Loop->new); waits with select(2).
use strict;
use warnings;
require IO::Async::Loop;

our $VERSION = '0.802';
our @ISA = ('IO::Async::Loop');

1;
