END { print "last registered runs first: $?\n"; $? = 4 }
END { print "first registered runs last: $?\n" }
for my $i (1 .. 3) { END { print "in loop body once\n" } }
eval q{ END { print "from eval string\n" } };
print "body\n";
