# The shell's exported variables reach perl; unexported ones do not.
export SEEN=yes; HIDDEN=no
perl -e 'print "SEEN=$ENV{SEEN} HIDDEN=", (exists $ENV{HIDDEN} ? $ENV{HIDDEN} : "absent"), "\n"'
FOO=bar perl -e 'print "prefix: $ENV{FOO}\n"'
perl -e 'print "keys are strings: ", (join ",", grep { $_ eq "PATH" } keys %ENV), "\n"'
