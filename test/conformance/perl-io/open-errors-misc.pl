# Unusual opens: empty name, bad mode, write to read-only handle.
use warnings;
my $r = open(my $fh, '<', '');
print "empty name: ", ($r ? 1 : 0), " [$!]\n";
eval { open(my $x, '<<', 'f') };
print "bad mode: $@";
open my $w, '>', 'ro.txt' or die; close $w;
open my $ro, '<', 'ro.txt' or die;
my $p = print $ro "x";
print "print to read-only: ", ($p ? 1 : 0), "\n";
open(my $sp, '>', 'with space.txt') or die;
print $sp "ok\n"; close $sp;
print "space name: ", (-e 'with space.txt' ? 1 : 0), "\n";
open(my $nl, '<', "ro.txt\n") or print "trailing newline: $!\n";
