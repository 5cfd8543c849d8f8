# -lOCTAL sets $\ to that character; -l0 is a null; -l with -0 takes $/.
perl -l072 -e 'print "a"; print "b"'; echo
perl -l0 -e 'print "x"' | od -c | head -1
perl -l101 -e 'print "B"'; echo
printf 'a:b:' | perl -0072 -lne 'print "[$_]"'
printf 'a:b:' | perl -ln0072e 'print "[$_]"'
