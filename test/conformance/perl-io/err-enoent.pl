# ENOENT: the text, the number, and what die makes of it.
my $ok = open my $fh, '<', 'no/such/file';
print "open: ", ($ok ? 1 : 0), "\n";
print "text: $!\n";
printf "number: %d\n", $!;
print "ENOENT in %!: ", ($!{ENOENT} ? 'yes' : 'no'), "\n";
use Errno qw(ENOENT);
print "== ENOENT: ", ($! == ENOENT ? 'yes' : 'no'), "\n";
eval { open my $x, '<', 'missing.txt' or die "Cannot open missing.txt: $!\n" };
print "eval: $@";
eval { open my $x, '<', 'missing.txt' or die "Cannot open: $!" };
print "eval: $@";
$! = 0;
print "reset: [", ($! + 0), "] [$!]\n";
open my $y, '<', 'gone.txt' or die "gone.txt: $!";
