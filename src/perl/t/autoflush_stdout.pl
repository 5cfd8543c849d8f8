$| = 1;
print "unbuffered\n";
STDOUT->autoflush(1);
print STDERR "err\n";
print "out\n";
