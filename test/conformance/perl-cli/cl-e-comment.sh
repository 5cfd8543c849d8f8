# Each -e is its own line: a comment ends at it, and a string may span -e's.
perl -e 'print "a"; # comment' -e 'print "b\n"'
perl -e 'print "x' -e 'y\n"'
perl -e 'print __LINE__, "\n";' -e '' -e 'print __LINE__, "\n"'
