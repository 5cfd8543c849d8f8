# -Mstrict applies to the -e program; -M-strict means no strict.
perl -Mstrict -e '$x = 1; print "x\n"' 2>&1; echo "status $?"
perl -Mstrict -M-strict -e '$x = 1; print "relaxed $x\n"'
perl -Mstrict -e 'my $x = 2; print "declared $x\n"'
perl -Mwarnings -e 'my $u; print "v=" . $u . "\n"' 2>&1
perl -M-warnings -w -e 'my $u; print "v=" . $u . "\n"' 2>&1
