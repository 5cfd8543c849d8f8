# -e may be repeated: each one is a line of the program.
perl -e 'print "one\n";' -e 'print "two\n";'
perl -e 'print __LINE__, " ";' -e 'print __LINE__, "\n"'
perl -e 'my $x = 5;' -e 'print "x is $x\n"'
perl -e 'print "a"' -e ', "b\n"'
perl -e '1;' -e 'die "on line two"' 2>&1; echo "status $?"
