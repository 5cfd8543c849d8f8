print "main\n";
END { print "end 1\n" }
if (0) { END { print "end in untaken branch\n" } }
my $x = "captured";
END { print "end 3 sees $x\n" }
sub never { END { print "end in a sub never called\n" } }
exit 3;
END { print "end after exit, status $?\n" }
