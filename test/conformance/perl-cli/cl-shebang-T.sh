# -T on the #! line must also be on the command line.
printf '#!/usr/bin/perl -T\nprint "tainted run\\n";\n' > t.pl
perl t.pl 2>&1; echo "status $?"
perl -T t.pl 2>&1; echo "status $?"
