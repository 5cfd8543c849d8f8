# -W forces warnings even under no warnings; -X silences them even with use warnings.
perl -W -e 'no warnings; my $x; print $x + 1, "\n"' 2>&1
perl -X -e 'use warnings; my $x; print $x + 1, "\n"' 2>&1
perl -w -e 'no warnings; my $x; print $x + 1, "\n"' 2>&1
