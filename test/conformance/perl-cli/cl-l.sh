# -l: chomp input lines (with -n/-p) and set $\ to "\n".
printf 'abc\ndef\n' > in.txt
perl -lne 'print length' in.txt
perl -le 'print "a"; print "b"'
perl -lpe '$_ .= "!"' in.txt
perl -le 'print "no double\n"' | od -c | head -1
perl -le 'printf "%s", "printf ignores it"'; echo
