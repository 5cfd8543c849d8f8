package IO::Seekable;
# IO::Seekable: seek, tell and their kin as methods on filehandles; it
# exports the SEEK_* constants.
use strict;
use IO::Handle ();
use Fcntl qw(SEEK_SET SEEK_CUR SEEK_END);
require Exporter;
our $VERSION = '1.48';
our @EXPORT = qw(SEEK_SET SEEK_CUR SEEK_END);
our @ISA = qw(Exporter);

sub seek { my ($fh, $pos, $whence) = @_; return CORE::seek($fh, $pos, $whence) }
sub sysseek { my ($fh, $pos, $whence) = @_; return CORE::sysseek($fh, $pos, $whence) }
sub tell { my $fh = shift; return CORE::tell($fh) }
sub getpos { my $fh = shift; return CORE::tell($fh) }
sub setpos { my ($fh, $pos) = @_; return defined $pos ? CORE::seek($fh, $pos, 0) : undef }
1;
