# fileno of the standard handles, new handles, closed ones.
print "std: ", join(' ', fileno(STDIN), fileno(STDOUT), fileno(STDERR)), "\n";
open my $a, '>', 'a.txt' or die;
open my $b, '>', 'b.txt' or die;
print "next: ", fileno($a), " ", fileno($b), "\n";
close $a;
open my $c, '>', 'c.txt' or die;
print "reused: ", fileno($c), "\n";
print "closed: ", (defined fileno($a) ? 'defined' : 'undef'), "\n";
my $mem = '';
open my $m, '<', \$mem or die;
print "in-memory: ", fileno($m), "\n";
print "unopened: ", (defined fileno(NOPE) ? 'defined' : 'undef'), "\n";
opendir my $d, '.' or die;
print "dirhandle: ", (defined fileno($d) ? 'defined' : 'undef'), "\n";
