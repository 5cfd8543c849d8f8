# -i with no files reads stdin and writes stdout.
printf 'abc\n' | perl -pi -e 's/b/B/' 2>&1
