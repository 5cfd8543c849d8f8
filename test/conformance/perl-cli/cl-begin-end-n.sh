# BEGIN and END around an -n loop; $. in END is the last line number.
printf '3\n4\n5\n' | perl -lne 'BEGIN { $s = 0 } $s += $_; END { print "sum $s lines $." }'
printf 'x\n' | perl -ne 'END { print "end\n" } BEGIN { print "begin\n" } print'
