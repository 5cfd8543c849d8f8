# @ARGV changed before the first <> decides what is read.
printf 'from f\n' > f; printf 'from g\n' > g
perl -e '@ARGV = ("g", "f"); print while <>'
perl -ne 'BEGIN { @ARGV = ("f") } print "$ARGV: $_"'
perl -e 'unshift @ARGV, "g"; print <>' f
