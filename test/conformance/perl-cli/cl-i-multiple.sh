# -i over several files: $ARGV and eof per file, each rewritten separately.
printf '1\n2\n' > a; printf '3\n' > b
perl -i -pe 's/^/$ARGV:/; $_ .= "--\n" if eof' a b
cat a b
