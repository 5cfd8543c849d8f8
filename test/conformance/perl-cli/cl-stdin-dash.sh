# - reads the program from stdin; arguments after it go to @ARGV.
printf 'print "from stdin: @ARGV\\n";\n' | perl - a b
printf 'print "no dash\\n";\n' | perl
printf 'print "$0\\n";\n' | perl -
printf 'print "with -l";\n' | perl -l -
