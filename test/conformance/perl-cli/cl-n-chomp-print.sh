# print with -n but no -l keeps the input newlines; -l adds one back after chomp.
printf 'a\nb' | perl -ne 'print "[$_]"'; echo
printf 'a\nb' | perl -lne 'print "[$_]"'
