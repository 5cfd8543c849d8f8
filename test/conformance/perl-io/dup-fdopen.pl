# '>&=N' and '<&=N' make a handle on an existing descriptor.
$| = 1;
open my $o, '>&=1' or die "fdopen: $!";
print "fileno: ", fileno($o), "\n";
print $o "through fd 1\n";
# $o stays open: closing it would close fd 1
open my $w, '>', 'f.txt' or die;
my $fd = fileno $w;
open my $same, ">&=$fd" or die;
print "same fd: ", (fileno($same) == $fd ? 'yes' : 'no'), "\n";
open my $same3, '>&=', $fd or die;
print "3-arg same fd: ", (fileno($same3) == $fd ? 'yes' : 'no'), "\n";
print $same "x\n";
close $same;
open my $bad, '>&=', 77 or print "bad fd: $!\n";
