# -I directories come first in @INC; use lib puts its directories before them.
perl -Ia -Ib -e 'print join(" ", @INC[0, 1]), "\n"'
perl -Ia -e 'use lib "c"; print join(" ", @INC[0, 1]), "\n"'
perl -I a -e 'print "$INC[0]\n"'
