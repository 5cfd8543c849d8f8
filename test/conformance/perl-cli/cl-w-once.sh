# -w's compile-time warnings: a name used once, a useless constant in void context.
perl -we '$x = 1;' 2>&1
perl -we '"useless"; print "ran\n"' 2>&1
perl -e '$x = 1; "useless"; print "quiet\n"' 2>&1
