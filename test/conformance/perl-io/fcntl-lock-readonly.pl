# fcntl's third argument is a buffer: a constant (a literal, or a pack of constants that perl folds) cannot be one.
use strict; use warnings;
use Fcntl qw(:DEFAULT :seek);
open my $fh, '+>', 'ro.lock' or die;
sub show { my ($what, $r) = @_; print "$what: ", ($@ ? "died: $@" : defined $r ? "ok\n" : "failed: $!\n") }
my $r;
$r = eval { fcntl($fh, F_SETLK, pack('s s l l i', F_WRLCK, SEEK_SET, 0, 0, 0)) }; show('folded pack', $r);
$r = eval { fcntl($fh, F_SETLK, "\0" x 32) }; show('folded repetition', $r);
$r = eval { fcntl($fh, F_SETLK, "\1\0\0\0") }; show('literal', $r);
my $s = pack('s s l l i', F_WRLCK, SEEK_SET, 0, 0, 0);
$r = eval { fcntl($fh, F_SETLK, $s) }; show('variable', $r);
$r = eval { fcntl($fh, F_SETLK, 0) }; show('number', $r);
