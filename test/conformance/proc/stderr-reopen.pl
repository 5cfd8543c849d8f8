# STDERR is unbuffered as perl opened it (also reopened in place); closed and opened again it is a buffered handle. -s of an empty file is 0.
open STDERR, '>', 'e1' or die; print STDERR "a"; print "reopen: ", -s 'e1', "\n";
close STDERR; open STDERR, '>', 'e2' or die; print STDERR "b"; print "close+open: ", -s 'e2', "\n";
open STDERR, '>>', 'e2' or die; print STDERR "c"; print "reopen after: ", -s 'e2', "\n";
warn "w\n"; print "after warn: ", -s 'e2', "\n";
close STDERR; open STDERR, '>&', \*STDOUT or die; print STDERR "d\n"; print "dup: ", -s 'e2', "\n";
close STDERR; open my $in, "<", "e2" or die; print "e2: ", <$in>, "\n"; unlink "e1", "e2";
