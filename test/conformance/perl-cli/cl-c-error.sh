# -c with a syntax error: the error and "had compilation errors", status 255.
perl -c -e 'print "a" "b";' 2>&1; echo "status $?"
printf 'my $x = ;\n' > bad.pl
perl -c bad.pl 2>&1; echo "status $?"
perl -wc -e 'my $x = 1; my $x = 2;' 2>&1; echo "status $?"
