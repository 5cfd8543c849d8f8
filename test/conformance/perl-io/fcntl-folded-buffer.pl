# More constants perl folds into fcntl's buffer; numbers and variables are not refused.
use strict; use warnings;
use Fcntl qw(:DEFAULT :seek);
use constant BUF => pack('s s l l i', F_WRLCK, SEEK_SET, 0, 0, 0);
open my $fh, '+>', 'ro2.lock' or die;
sub show { my ($what, $r) = @_; print "$what: ", ($@ ? "died: $@" : defined $r ? "ok $r\n" : "failed: $!\n") }
my $r;
$r = eval { fcntl($fh, F_SETLK, BUF) }; show('constant sub', $r);
$r = eval { fcntl($fh, F_SETLK, "\0" . "\0" x 31) }; show('concatenation', $r);
$r = eval { fcntl($fh, F_SETLK, sprintf('%s', BUF)) }; show('sprintf of a constant', $r);
$r = eval { fcntl($fh, F_SETFL, O_NONBLOCK) }; show('F_SETFL constant number', $r);
my $b = BUF;
$r = eval { fcntl($fh, F_SETLK, $b) }; show('copy of the constant', $r);
$r = eval { fcntl($fh, F_SETLK, BUF . '') }; show('constant concatenated', $r);
$r = eval { fcntl($fh, F_SETLK, lc BUF) }; show('lc of a constant', $r);
