# -p wins over -n when both are given.
printf 'a\nb\n' | perl -npe 's/a/A/'
printf 'a\nb\n' | perl -pne 's/b/B/'
