# The compile-time warning for a statement after exec.
perl -we 'exec "true"; print "x\n";'; echo "status $?"
perl -e 'exec "true"; print "x\n";'; echo "quiet $?"
