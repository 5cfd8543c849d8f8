# -F with quotes and a pipe character, and an empty pattern splitting characters.
printf 'a|b|c\n' | perl -F'\|' -lane 'print $F[2]'
printf 'a|b|c\n' | perl -F'"|"' -lane 'print $F[1]'
printf 'xyz\n' | perl -F -lane 'print join ",", @F' 2>&1
printf 'xyz\n' | perl -F// -lane 'print join ",", @F'
