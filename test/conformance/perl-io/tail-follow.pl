# Reading a growing file: after EOF, seek($fh, 0, 1) clears the condition (perlfaq5 tail -f).
open my $w, '>', 'grow.log' or die;
$w->autoflush(1);
print $w "line 1\n";
open my $r, '<', 'grow.log' or die;
my @got = <$r>;
print "first read: ", scalar(@got), "\n";
print $w "line 2\n";
my $again = <$r>;
print "without seek: ", (defined $again ? $again : "undef\n");
print $w "line 3\n";
seek $r, 0, 1;
my @more = <$r>;
print "after seek: ", scalar(@more), " [", join('', @more) =~ s/\n/|/gr, "]\n";
print "eof now: ", (eof($r) ? 1 : 0), "\n";
