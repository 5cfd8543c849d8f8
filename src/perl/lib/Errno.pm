package Errno;
# Errno: the E* constants (natives). %! is built into the engine.
use strict;
use Exporter 'import';
our @ISA = ('Exporter');
our $VERSION = '1.36';
our @EXPORT_OK = _names();
our %EXPORT_TAGS = (POSIX => [grep { $_ ne 'ENOTSUP' && $_ ne 'EDEADLOCK' } @EXPORT_OK]);
1;
