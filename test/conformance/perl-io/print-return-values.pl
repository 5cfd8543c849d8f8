# Return values of print/printf/say/close/binmode/fileno/eof on good and bad handles.
use feature 'say';
open my $fh, '>', 'r.txt' or die;
my @r = (print($fh "x"), printf($fh "%s", "y"), say($fh "z"));
print "on open handle: @r\n";
close $fh;
no warnings;
@r = map { defined $_ ? "[$_]" : 'undef' } (print($fh "x"), printf($fh "%s", "y"), close($fh), binmode($fh), fileno($fh), eof($fh));
print "on closed handle: @r\n";
