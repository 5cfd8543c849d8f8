# <> and -n read @ARGV files, and - is stdin among them.
printf 'file\n' > f.txt
printf 'piped\n' | perl -ne 'print "$ARGV: $_"' f.txt - f.txt
printf 'piped\n' | perl -e 'while (<>) { print "got $_" }'
printf 'piped\n' | perl -e 'print "arg: $ARGV[0]\n"; while (<>) { print }' f.txt
