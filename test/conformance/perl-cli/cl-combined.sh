# Switch clusters: -lane, -nle, -ple, -lpe with -F, -wle.
printf 'a b c\nd e f\n' > in.txt
perl -lane 'print $F[2]' in.txt
perl -nle 'print length' in.txt
perl -ple 's/ //g' in.txt
perl -F'\s' -lape '$_ = $F[1]' in.txt
perl -wle 'print "warn on: $^W"'
perl -wnle 'print "$.:$_"' in.txt
