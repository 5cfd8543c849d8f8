# -F: the split pattern for -a, as a string or a /regex/; -F implies -a and -n.
printf 'root:x:0:0\nuser:x:1000:1000\n' > passwd
perl -F: -lane 'print $F[0]' passwd
perl -F: -le 'print $F[2]' passwd
printf 'a,b;c\n1,2;3\n' > mixed
perl -F, -lane 'print $F[1]' mixed
perl -F'/[,;]/' -lane 'print "@F"' mixed
perl -F';' -lane 'print $F[1]' mixed
perl '-F/:/' -lane 'print scalar @F' passwd
printf 'a1b22c\n' | perl -F'\d+' -lane 'print join "|", @F'
