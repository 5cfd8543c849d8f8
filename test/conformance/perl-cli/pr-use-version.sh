# use VERSION: accepted, too new (the error), v-string forms, and -E.
perl -e 'use 5.010; say "say on"'
perl -e 'use v5.36; say "v5.36"'
perl -e 'use 5.036_000; print "num ok\n"'
perl -e 'use 6;' 2>&1; echo "status $?"
perl -e 'use v5.40.0;' 2>&1; echo "status $?"
perl -e 'require 5.006; print "require ok\n"'
