# Switches on a #! line that perl refuses there: an unknown one and -M.
printf '#!/usr/bin/perl -q\nprint "x\\n";\n' > q.pl
perl q.pl 2>&1; echo "status $?"
printf '#!/usr/bin/perl -MList::Util=sum\nprint sum(1,2), "\\n";\n' > m.pl
perl m.pl 2>&1; echo "status $?"
