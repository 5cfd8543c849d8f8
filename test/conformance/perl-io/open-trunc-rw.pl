# '+>' truncates, then allows reading back what was written.
open my $w, '>', 'data.txt' or die; print $w "old contents here\n"; close $w;
open my $fh, '+>', 'data.txt' or die "rw: $!";
print "size after open: ", -s 'data.txt' || 0, "\n";
print $fh "new line 1\nnew line 2\n";
seek $fh, 0, 0;
my @l = <$fh>;
print "read back: ", scalar(@l), " lines\n", @l;
close $fh;
open $fh, '+>', 'fresh.txt' or die;
print "fresh created: ", (-e 'fresh.txt' ? 1 : 0), "\n";
close $fh;
open $fh, '+>>', 'app.txt' or die "app: $!";
print $fh "x\n"; seek $fh, 0, 0; print "app read: ", scalar(<$fh>);
close $fh;
