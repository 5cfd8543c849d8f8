# perl warns about -i without files as it starts (before BEGIN, even if <> is never read); -X silences it; $^I does not warn.
perl -i -e 'BEGIN { print STDERR "begin\n" } print STDERR "main\n"' 2>&1
perl -i -X -e 'print STDERR "quiet\n"' 2>&1
printf 'a\n' | perl -e '$^I = ""; print while <>' 2>&1
