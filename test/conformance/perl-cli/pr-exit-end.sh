# exit runs END blocks and object destructors; POSIX::_exit does not.
perl -e 'END { print "end\n" } print "main\n"; exit 2'; echo "status $?"
perl -e 'package O; sub DESTROY { print "destroyed\n" } package main; our $o = bless {}, "O"; exit 0'
perl -MPOSIX -e 'END { print "end\n" } $| = 1; print "main\n"; POSIX::_exit(4)'; echo "status $?"
