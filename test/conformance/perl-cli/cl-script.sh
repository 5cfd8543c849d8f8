# A script path with arguments; a missing script; a directory.
printf 'print "args: @ARGV\\n";\n' > s.pl
perl s.pl 1 2 3
perl nosuch.pl 2>&1; echo "status $?"
mkdir d; perl d 2>&1; echo "status $?"
