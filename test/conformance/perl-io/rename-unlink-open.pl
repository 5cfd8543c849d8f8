# A file stays readable through an open handle after rename and unlink.
open my $w, '>', 'orig' or die; print $w "data line\n"; close $w;
open my $fh, '<', 'orig' or die;
rename 'orig', 'moved' or die;
print "read after rename: ", scalar(<$fh>);
seek $fh, 0, 0;
unlink 'moved' or die;
print "exists: ", (-e 'moved' ? 1 : 0), "\n";
print "read after unlink: ", scalar(<$fh>);
my @s = stat $fh;
print "nlink via handle: $s[3]\n";
close $fh;
