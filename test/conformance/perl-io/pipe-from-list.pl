# '-|' with a list: no shell, arguments passed as they are.
open my $p, '-|', 'printf', '%s\n', 'a b', '$HOME', '*' or die "pipe: $!";
my @l = <$p>;
print "lines: ", scalar(@l), "\n", @l;
print "close: ", (close($p) ? 1 : 0), " status: $?\n";
open $p, '-|', 'sh', '-c', 'echo out; exit 3' or die;
print "read: ", <$p>;
print "close: ", (close($p) ? 1 : 0), " status: ", $? >> 8, "\n";
open $p, '-|', 'echo $HOME' or die;
my $t = <$p>; close $p;
print "shell string: ", ($t =~ m{^/} ? 'expanded' : "literal $t"), "\n";
