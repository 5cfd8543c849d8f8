# -l after -0777: $\ is undef (no newline added) and chomp removes nothing.
printf 'a\nb\n' | perl -0777 -lne 'print length'; echo "|"
printf 'a\nb\n' | perl -l -0777 -ne 'print length'
printf 'a\n\nb\n' | perl -00 -l012 -ne 'print "[$_]"'
