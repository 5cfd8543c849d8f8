package IO::File;
# IO::File: IO::Handle plus open.
use IO::Handle;
our @ISA = ('IO::Handle');
our $VERSION = '1.48';
sub new { my $class = shift; my $fh; if (@_) { open($fh, $_[1] // '<', $_[0]) or return undef } else { $fh = \do { local *FH } } return $fh; }
1;
