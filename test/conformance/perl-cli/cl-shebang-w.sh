# Switches on the #! line are honoured: -w turns warnings on.
printf '#!/usr/bin/perl -w\nmy $x;\nprint "value: " . $x . "\\n";\n' > warn.pl
perl warn.pl 2>&1
chmod +x warn.pl; ./warn.pl 2>&1
