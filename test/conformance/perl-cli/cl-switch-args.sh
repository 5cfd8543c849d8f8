# Switches that need an argument and get none; -x applies to -e text too.
perl -E 2>&1; echo "E $?"
perl -I 2>&1; echo "I $?"
perl -M 2>&1; echo "M $?"
perl -x -e 'print 1' 2>&1; echo "x $?"
perl -x -e 'garbage' -e '#!perl' -e 'print "after the perl line\n"'; echo "x2 $?"
