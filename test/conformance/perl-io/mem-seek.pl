# seek/tell/read on in-memory handles, and '+<'.
my $buf = "0123456789";
open my $fh, '+<', \$buf or die;
seek $fh, 3, 0;
read $fh, my $x, 4;
print "read: $x tell: ", tell($fh), "\n";
seek $fh, -2, 2;
read $fh, $x, 10;
print "from end: $x\n";
seek $fh, 0, 0;
print $fh "AB";
print "buf: $buf\n";
seek $fh, 2, 1;
print $fh "--";
print "buf: $buf\n";
print "eof: ", (eof($fh) ? 1 : 0), "\n";
close $fh;
