# A lone - after -e is an argument; before any program it means stdin.
perl -le 'print "@ARGV"' - a </dev/null
printf 'print "prog from stdin: @ARGV\\n";\n' | perl - -x
