# '|-' with a list: perl writes to the child's stdin.
$| = 1;
open my $p, '|-', 'tr', 'a-z', 'A-Z' or die "pipe: $!";
print $p "hello\n";
print $p "world\n";
print "close: ", (close($p) ? 1 : 0), " status: $?\n";
open $p, '|-', 'sh', '-c', 'cat; exit 5' or die;
print $p "to shell\n";
my $ok = close $p;
print "close: ", ($ok ? 1 : 0), " exit: ", $? >> 8, " errno: ", ($! + 0), "\n";
open $p, '|-', 'sort' or die;
print $p "$_\n" for qw(pear apple fig);
close $p;
print "done\n";
