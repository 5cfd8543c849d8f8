# With -e the first non-switch word is an argument, not a script.
printf 'print "script\\n";\n' > x.pl
perl -e 'print "args: @ARGV\n"' x.pl
perl -le 'print $0' x.pl
