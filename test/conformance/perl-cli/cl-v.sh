# -v prints the version banner and exits 0.
perl -v; echo "status $?"
perl -v -e 'print "ignored\n"' | head -2
