# #! with -l and with -n/-p style switches.
printf '#!/usr/bin/perl -l\nprint "one";\nprint "two";\n' > l.pl
perl l.pl
printf '#!/usr/bin/perl -p\ns/a/A/;\n' > p.pl
printf 'banana\n' | perl p.pl
printf '#!/usr/bin/perl -wnl\nprint length;\n' > n.pl
printf 'abc\nde\n' | perl n.pl
chmod +x l.pl; ./l.pl
