# close of files: return values and $!.
use warnings;
open my $fh, '>', 'c.txt' or die;
print "close ok: ", close($fh), "\n";
my $r = close($fh);
print "close again: ", ($r ? 1 : 0), " [$!]\n";
open FH, '<', 'c.txt' or die;
print "bareword close: ", close(FH), "\n";
print "close unopened: ", (close(NEVER) ? 1 : 0), " [$!]\n";
open my $d, '<', 'c.txt' or die;
undef $d;
print "undef handle: ok\n";
close STDIN;
print "STDIN closed: ", (defined fileno(STDIN) ? 'no' : 'yes'), "\n";
